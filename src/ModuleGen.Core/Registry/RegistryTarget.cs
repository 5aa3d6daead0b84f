using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Registry;

/// <summary>Decides the one registry file a module is registered in — the decision the scaffold's workspace add-on,
/// workspace_add, workspace_sync and the audit share, so they never disagree:
/// 1. a dg workspace (dg.toml, or pyproject.toml with <c>[tool.dg] directory_type = "workspace"</c>) that lists
///    projects wins: dg reads nothing else; so does one that lists none when there is no workspace.yaml — no
///    workspace.yaml is ever created beside a dg workspace;
/// 2. else the workspace.yaml the repository runs (the root one, the one its compose files, Dockerfiles, Makefiles,
///    Procfiles or package scripts pass to Dagster, or the only one), as in a dg workspace whose code locations are all
///    listed in workspace.yaml;
/// 3. else, when the deployment reads its locations from files ModuleGen only reads (Helm values,
///    dagster_cloud.yaml), a refusal that gives the exact entry to add to each by hand;
/// 4. else, when the root is itself one code location (<c>[tool.dagster]</c>, a dg project), a refusal that says so;
/// 5. else, when several workspace.yaml files exist and nothing says which runs, a refusal;
/// 6. else a workspace.yaml ModuleGen creates at the root.
/// A file a generator wrote ("DO NOT EDIT") is never edited: when it is the only candidate the answer is an error
/// that says so.</summary>
internal static class RegistryTarget
{
    public static Result<RegistryFile> Choose(IReadOnlyList<RegistryFile> files, ModuleRegistration registration)
    {
        var module = registration.Module;
        var present = files.Where(f => f.Text is not null && f.Kind.Editable).ToArray();
        var dg = present.FirstOrDefault(f => f.Kind.ListsProjects);
        var yaml = present.FirstOrDefault(f => !f.Kind.ListsProjects && !f.Generated);
        if (dg is not null && (yaml is null || ListsAny(dg)))
        {
            return dg.Generated ? GeneratedError(dg, module) : Result<RegistryFile>.Ok(dg);
        }

        if (present.FirstOrDefault(f => !f.Generated) is { } existing)
        {
            return Result<RegistryFile>.Ok(existing);
        }

        if (present.FirstOrDefault() is { } generated)
        {
            return GeneratedError(generated, module);
        }

        var manual = files.Where(f => f.Text is not null && !f.Kind.Editable && f.Kind.ManualEntry(f.Path.RelativePath, f.Text, registration) is not null).ToArray();
        if (manual.Length > 0)
        {
            var entries = string.Join("\n", manual.Select(f => $"In {f.Path.RelativePath}:\n{f.Kind.ManualEntry(f.Path.RelativePath, f.Text!, registration)}"));
            return ToolError.Create(ErrorCodes.RegistryManualOnly, "/module",
                $"This repository's deployment reads its code locations from {string.Join(" and ", manual.Select(f => $"'{f.Path.RelativePath}' ({f.Kind.Kind})"))}, which ModuleGen reads but does not edit, and it runs no workspace.yaml or dg workspace ModuleGen could register '{module}' in.",
                $"Scaffold without the workspace add-on and add the entry by hand (merge it into the existing list):\n{entries}") with
            {
                Found = manual[0].Path.RelativePath,
                Location = new SourceLocation(manual[0].Path.RelativePath, 1, 1),
            };
        }

        if (files.FirstOrDefault(f => f.Text is not null && f.Kind is SingleLocationRoot) is { } single)
        {
            return ToolError.Create(ErrorCodes.RegistrySingleLocation, "/module",
                $"The repository root is one Dagster code location ('{single.Path.RelativePath}': {SingleLocationRoot.Describe(single.Path.RelativePath, single.Text!)}), and nothing here registers more: dg rejects a workspace element in a project's file, and a workspace.yaml created beside it would be read by no one.",
                $"Make the repository a dg workspace (a root dg.toml with directory_type = \"workspace\" and one [[workspace.projects]] path per project, this one included), or name the workspace.yaml your deployment runs in registry.files of modulegen.yaml; else scaffold '{module}' without the workspace add-on.") with
            {
                Found = single.Path.RelativePath,
                Location = new SourceLocation(single.Path.RelativePath, 1, 1),
            };
        }

        if (files.FirstOrDefault(f => f.Ambiguous.Count > 0) is { } ambiguous)
        {
            return ToolError.Create(ErrorCodes.RegistryWorkspaceAmbiguous, "/module",
                $"The repository holds several workspace.yaml files ({string.Join(", ", ambiguous.Ambiguous)}) and nothing in it (compose files, Dockerfiles, Makefiles, Procfiles, package scripts) says which one Dagster runs; ModuleGen creates no other.",
                "Name the workspace.yaml in use in registry.files of modulegen.yaml, then register the module again.").WithFound(ambiguous.Ambiguous[0]);
        }

        if (files.FirstOrDefault(f => f.Kind.Editable && f.Kind.InitialText is not null) is { } creatable)
        {
            return Result<RegistryFile>.Ok(creatable);
        }

        return ToolError.Create(ErrorCodes.RegistryNoFile, "/module", $"None of the registry files ({string.Join(", ", files.Select(f => f.Path.RelativePath))}) exists, and ModuleGen creates none of them.",
            "Create the workspace's registry file (dg.toml or workspace.yaml) first, or list one ModuleGen may create in registry.files of modulegen.yaml.").WithFound(module);
    }

    /// <summary>Names the kind of registry a module of this workspace would join, for templates (<c>registry.kind</c>):
    /// dg_workspace, workspace_yaml, or none (nothing ModuleGen registers in).</summary>
    public static string KindFor(IReadOnlyList<RegistryFile> files) =>
        Choose(files, new ModuleRegistration("_", "_", "_", "_", true)) is { IsOk: true } chosen
            ? chosen.Value.Kind.ListsProjects ? "dg_workspace" : "workspace_yaml"
            : "none";

    private static bool ListsAny(RegistryFile file) => file.Kind.Read(file.Path.RelativePath, file.Text!) is { IsOk: true, Value.Count: > 0 };

    private static Result<RegistryFile> GeneratedError(RegistryFile file, string module) =>
        ToolError.Create(ErrorCodes.RegistryFileGenerated, "/module",
            $"'{file.Path.RelativePath}' is generated ({file.GeneratedNote?.TrimStart('#', ' ')}); ModuleGen never edits a generated file, and the workspace has no other registry to put '{module}' in.",
            $"Register the module in the source '{file.Path.RelativePath}' is generated from and run its generator again, or list a registry file ModuleGen may edit in registry.files of modulegen.yaml.") with
        {
            Found = file.Path.RelativePath,
            Location = new SourceLocation(file.Path.RelativePath, 1, 1),
        };

    /// <summary>Routes the scaffold's workspace add-on: given the registry file the pack injects into, returns the file
    /// <see cref="Choose"/> picks with what goes into it — the pack's snippet when it is that file (indented like the
    /// list it joins, placed after the last sibling), else the entry the chosen kind derives (a dg project element) —
    /// and what the user still has to do (a compose service for a new gRPC location). A location the file already
    /// declares is refused up front.</summary>
    public static Result<Routed> ForInjection(
        ModuleGenWorkspace workspace, string injected, string moduleFolder, string marker, string content, Regex? anchor, int indent, string pointer)
    {
        var module = moduleFolder.Contains('/') ? moduleFolder[(moduleFolder.LastIndexOf('/') + 1)..] : moduleFolder;
        var registration = new ModuleRegistration(module, moduleFolder, marker, marker, true);
        return RegistryFile.Load(workspace, RegistryKinds.BuiltIn).Then(files => Choose(files, registration).Then(file =>
        {
            var block = file.Path.RelativePath == injected || file.Kind.Handles(injected)
                ? new RegistryBlock(marker, content, anchor?.ToString(), indent, file.Kind.Comment)
                : file.Kind.DerivedBlock(file.Path.RelativePath, registration);
            if (block is null)
            {
                return ToolError.Create(ErrorCodes.RegistryNothingToRegister, pointer, $"The registry file '{file.Path.RelativePath}' ({file.Kind.Kind}) takes no entry for '{module}'.",
                    "Scaffold without the workspace add-on, or list a workspace.yaml in registry.files of modulegen.yaml.").WithFound(file.Path.RelativePath);
            }

            if (RegistryEditor.Duplicate(file, block, registration) is { } duplicate)
            {
                return Result<Routed>.Fail(duplicate);
            }

            if (file.Text is not null && file.Kind.CannotHold(file.Path.RelativePath, file.Text) is { } cannot)
            {
                return Result<Routed>.Fail(ToolError.Create(cannot.Code, pointer, cannot.Message, cannot.Hint) with { Found = cannot.Found, Location = cannot.Location });
            }

            block = file.Kind is DagsterWorkspaceYaml ? block with { Content = SiblingKeys.Mirror(file.Text, block.Content) } : block;
            var blockAnchor = block.Anchor is null ? null : new Regex(block.Anchor, RegexOptions.None, TimeSpan.FromSeconds(1));
            var (moved, movedIndent) = file.Text is null ? (block.Content, block.Indent) : YamlSequenceIndent.Match(file.Text, blockAnchor, block.Content, block.Indent);
            var at = file.Text is null ? null : file.Kind.InsertionLine(file.Text);
            var notes = file.Kind is DagsterWorkspaceYaml ? SiblingHosts.ComposeNotes(workspace, file, moved) : [];
            return Result<Routed>.Ok(new Routed(file.Path, moved, blockAnchor, movedIndent, at, notes));
        }));
    }

    /// <summary>Is where the workspace add-on's block goes and what it says.</summary>
    /// <param name="Path">The registry file.</param>
    /// <param name="Content">The block's content.</param>
    /// <param name="Anchor">The line the block follows when no sibling places it.</param>
    /// <param name="Indent">Spaces before the marker lines.</param>
    /// <param name="At">The 0-based line the block goes before (after the last sibling), or null.</param>
    /// <param name="Notes">What the user still has to do, each a sentence with the exact text.</param>
    public sealed record Routed(WorkspacePath Path, string Content, Regex? Anchor, int Indent, int? At, IReadOnlyList<string> Notes);
}
