using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Context;

/// <summary>Lists the module folders under the configured module roots (symbolic links and skipped names excluded).</summary>
public static class ModuleLocator
{
    /// <summary>Returns the modules ordered by path; a module root that the guard refuses is an error.</summary>
    public static Result<IReadOnlyList<ExistingModule>> Find(ModuleGenWorkspace workspace)
    {
        var modules = new List<ExistingModule>();
        var skip = new HashSet<string>(workspace.Config.Scan.SkipDirs, StringComparer.Ordinal);
        for (var i = 0; i < workspace.Config.Paths.ModuleRoots.Count; i++)
        {
            var root = workspace.Guard.Resolve(workspace.Config.Paths.ModuleRoots[i], $"/config/paths/module_roots/{i}");
            if (!root.IsOk)
            {
                return Result<IReadOnlyList<ExistingModule>>.Fail(root.Errors);
            }

            if (!Directory.Exists(root.Value.FullPath))
            {
                continue;
            }

            modules.AddRange(new DirectoryInfo(root.Value.FullPath).GetDirectories()
                .Where(d => d.LinkTarget is null && !d.Name.StartsWith('.') && !skip.Contains(d.Name))
                .Select(d => new ExistingModule(
                    d.Name,
                    $"{root.Value.RelativePath}/{d.Name}",
                    Scaffolding.AnswersLocation.NamesIn(d.FullName).Count > 0)));
        }

        return Result<IReadOnlyList<ExistingModule>>.Ok(
            modules.OrderBy(m => m.Path, StringComparer.Ordinal).ToArray());
    }
}
