using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Registry;

/// <summary>Decides the one registry file a module is registered in — the decision the scaffold's workspace add-on,
/// workspace_add and workspace_sync share, so they never disagree:
/// 1. a dg workspace (dg.toml, or pyproject.toml with <c>[tool.dg] directory_type = "workspace"</c>) that lists
///    projects wins: dg reads nothing else; so does one that lists none when there is no workspace.yaml — no
///    workspace.yaml is ever created beside a dg workspace;
/// 2. else an existing workspace.yaml (the root one, or the one modulegen.yaml's registry.files points at), as in a
///    dg workspace whose code locations are all listed in workspace.yaml;
/// 3. else a workspace.yaml ModuleGen creates.
/// A file a generator wrote ("DO NOT EDIT") is never edited: when it is the only candidate the answer is an error
/// that says so. dagster_cloud.yaml is only read.</summary>
internal static class RegistryTarget
{
    public static Result<RegistryFile> Choose(IReadOnlyList<RegistryFile> files, string module)
    {
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

        if (files.FirstOrDefault(f => f.Kind.Editable && f.Kind.InitialText is not null) is { } creatable)
        {
            return Result<RegistryFile>.Ok(creatable);
        }

        return ToolError.Create(ErrorCodes.RegistryNoFile, "/module", $"None of the registry files ({string.Join(", ", files.Select(f => f.Path.RelativePath))}) exists, and ModuleGen creates none of them.",
            "Create the workspace's registry file (dg.toml or workspace.yaml) first, or list one ModuleGen may create in registry.files of modulegen.yaml.").WithFound(module);
    }

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
    /// list it joins), else the entry the chosen kind derives (a dg project element). A location the file already
    /// declares is refused up front.</summary>
    public static Result<(WorkspacePath Path, string Content, Regex? Anchor, int Indent)> ForInjection(
        ModuleGenWorkspace workspace, string injected, string moduleFolder, string marker, string content, Regex? anchor, int indent, string pointer)
    {
        var module = moduleFolder.Contains('/') ? moduleFolder[(moduleFolder.LastIndexOf('/') + 1)..] : moduleFolder;
        var registration = new ModuleRegistration(module, moduleFolder, marker, marker, true);
        return RegistryFile.Load(workspace, RegistryKinds.BuiltIn).Then(files => Choose(files, module)).Then(file =>
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
                return Result<(WorkspacePath, string, Regex?, int)>.Fail(duplicate);
            }

            block = file.Kind is DagsterWorkspaceYaml ? block with { Content = SiblingKeys.Mirror(file.Text, block.Content) } : block;
            var blockAnchor = block.Anchor is null ? null : new Regex(block.Anchor, RegexOptions.None, TimeSpan.FromSeconds(1));
            var (moved, movedIndent) = file.Text is null ? (block.Content, block.Indent) : YamlSequenceIndent.Match(file.Text, blockAnchor, block.Content, block.Indent);
            return Result<(WorkspacePath, string, Regex?, int)>.Ok((file.Path, moved, blockAnchor, movedIndent));
        });
    }
}
