using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Execution;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Modules;

/// <summary>Finds the modules ModuleGen generated (folders under the module roots that hold an answers file) and
/// rebuilds what their templates saw, for the registry, deployments and the audit.</summary>
public sealed class GeneratedModules(ModuleGenWorkspace workspace, PackCatalogue catalogue, ITemplateEngine engine, PlannedBricks? planned = null)
{
    /// <summary>Finds a module by name: the folder name as given, or its snake_case or kebab-case form; else the module
    /// of a stored plan, whose generated brick is the module (the one named by <paramref name="brick"/> when several were).</summary>
    public Result<GeneratedModule> Find(string? module, string pointer = "/module", string? brick = null) =>
        ModuleNameParser.Parse(module, pointer).Then(names => ModuleLocator.Find(workspace).Then(all =>
        {
            var found = all.FirstOrDefault(m => m.Name == module) ?? all.FirstOrDefault(m => m.Name == names.Snake) ?? all.FirstOrDefault(m => m.Name == names.Kebab);
            var read = found is null ? null : Read(found.Name, found.Path, pointer);
            if (read is { IsOk: true, Value: { } generated } && brick is null)
            {
                return Result<GeneratedModule>.Ok(generated);
            }

            if (planned is not null && planned.Load(names.Snake).IsOk)
            {
                return planned.Find(names.Snake, brick, b => HasAnswers(b.Brick.TargetDir), "was generated from a template pack")
                    .Then(b => Read(Path.GetFileName(b.Brick.TargetDir.Replace('\\', '/').TrimEnd('/')), b.Brick.TargetDir.Replace('\\', '/').TrimEnd('/'), pointer).Then(m => m is null
                        ? ToolError.Create(ErrorCodes.ModuleNotGenerated, "/brick", $"The brick '{b.Name}' ({b.Brick.TargetDir}) has no {AnswersFile.FileName}: it was not scaffolded yet.",
                            "Scaffold it first (scaffold with module and brick).").WithFound(b.Name)
                        : Result<GeneratedModule>.Ok(m)));
            }

            if (found is null)
            {
                var known = all.Select(m => m.Name).Distinct(StringComparer.Ordinal).Take(20).ToArray();
                return ToolError.Create(ErrorCodes.ModuleNotFound, pointer, $"No stored plan and no module folder named '{Preview.Of(module)}' (module roots: {string.Join(", ", workspace.Config.Paths.ModuleRoots)}).",
                    known.Length == 0 ? "Scaffold the module first." : $"Known modules: {string.Join(", ", known)}.").WithFound(module);
            }

            return read!.Then(generated => generated is null
                ? ToolError.Create(ErrorCodes.ModuleNotGenerated, pointer, $"The module '{found.Name}' ({found.Path}) has no {AnswersFile.FileName}: ModuleGen did not scaffold it, so it does not know what to register or deploy.",
                    "Scaffold the module with a pack (scaffold or 'modulegen new'), or edit the registry by hand.").WithFound(module)
                : Result<GeneratedModule>.Ok(generated));
        }));

    private bool HasAnswers(string folder) =>
        workspace.Guard.Resolve(folder, "") is { IsOk: true } resolved && AnswersLocation.NamesIn(resolved.Value.FullPath).Any();

    /// <summary>Lists every module folder with its generated module (null when it has no answers file) or the reason its
    /// answers file cannot be read.</summary>
    public Result<IReadOnlyList<(ExistingModule Folder, Result<GeneratedModule?> Module)>> List() =>
        ModuleLocator.Find(workspace).Map(all => (IReadOnlyList<(ExistingModule, Result<GeneratedModule?>)>)all
            .Select(m => (m, m.Generated ? Read(m.Name, m.Path, "/module") : Result<GeneratedModule?>.Ok(null)))
            .ToArray());

    /// <summary>Reads the answers file of any workspace folder (a plan brick's target_dir, say); null when it has none.</summary>
    public Result<GeneratedModule?> ReadFolder(string name, string folder, string pointer = "") => Read(name, folder.TrimEnd('/'), pointer);

    /// <summary>Reads every answers file of a folder (one per pack that generated into it), the first pack's first.</summary>
    public IReadOnlyList<Result<GeneratedModule>> ReadFolderAll(string name, string folder, string pointer = "")
    {
        var trimmed = folder.TrimEnd('/');
        var resolved = workspace.Guard.Resolve(trimmed.Length == 0 ? "." : trimmed, pointer);
        if (!resolved.IsOk)
        {
            return [Result<GeneratedModule>.Fail(resolved.Errors)];
        }

        return AnswersLocation.NamesIn(resolved.Value.FullPath)
            .Select(answers => Read(name, trimmed, pointer, answers).Then(m => m is null ? Result<GeneratedModule>.Fail(ToolError.Create(ErrorCodes.ReadFailed, pointer, $"'{answers}' vanished while it was read.", "Run again.")) : Result<GeneratedModule>.Ok(m)))
            .ToArray();
    }

    /// <summary>Starts a session that rebuilds models, looking each pack up once.</summary>
    internal ModuleModelSession Session() => new(workspace, catalogue, engine);

    private Result<GeneratedModule?> Read(string name, string folder, string pointer, string answersName = AnswersFile.FileName)
    {
        var path = workspace.Guard.Resolve(folder.Length == 0 ? answersName : $"{folder}/{answersName}", pointer);
        if (!path.IsOk)
        {
            return Result<GeneratedModule?>.Fail(path.Errors);
        }

        var text = ExistingFile.Read(path.Value, pointer);
        if (!text.IsOk)
        {
            return Result<GeneratedModule?>.Fail(text.Errors);
        }

        if (text.Value is null)
        {
            return Result<GeneratedModule?>.Ok(null);
        }

        return AnswersFileFormat.Read(text.Value) is { Pack.Length: > 0 } answers
            ? Result<GeneratedModule?>.Ok(new GeneratedModule(name, path.Value.RelativePath.Contains('/') ? path.Value.RelativePath[..path.Value.RelativePath.LastIndexOf('/')] : "", path.Value.RelativePath, answers))
            : ToolError.Create(ErrorCodes.ModuleAnswersInvalid, pointer, $"'{path.Value.RelativePath}' is not a readable answers file (no pack, or not valid YAML).",
                "Restore the file from version control, or re-scaffold the module.").WithFound(path.Value.RelativePath);
    }
}
