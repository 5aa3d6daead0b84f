using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Templates;

/// <summary>Finds the template packs available to a workspace: the workspace's .modulegen/templates/ first (it shadows
/// packs of the same name), then each templates.search_paths entry of modulegen.yaml, then the built-in packs.</summary>
public sealed class PackCatalogue(ModuleGenWorkspace workspace, PackCatalogueOptions options) : ITemplateLister
{
    public const string WorkspaceFolder = ".modulegen/templates";
    public const string BuiltIn = "built_in";
    public const string Workspace = "workspace";
    public const string SearchPath = "search_path";

    /// <inheritdoc/>
    public IReadOnlyList<AvailableTemplate> List() =>
        ListAll().Templates.Select(t => new AvailableTemplate(t.Name, t.Version, t.Description, t.Origin)).ToArray();

    /// <summary>Lists every usable pack by name, with the problems of packs that could not be loaded.</summary>
    public ListTemplatesResult ListAll()
    {
        var (packs, problems) = Scan();
        var summaries = packs
            .GroupBy(p => p.Manifest.Name, StringComparer.Ordinal)
            .Select(g => Summarise(g.First(), g.Skip(1).Select(p => $"{p.Origin}:{LocationOf(p)}").ToArray()))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToArray();
        return new ListTemplatesResult(summaries, problems.Select(p => p.Error).ToArray());
    }

    /// <summary>Finds a pack by name; the error lists the available names or, for a broken pack, its problems.</summary>
    public Result<TemplatePack> Find(string? name, string pointer = "/template")
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ToolError.Missing(pointer, "template");
        }

        var (packs, problems) = Scan();
        var broken = problems.Where(p => p.Pack == name).Select(p => p.Error).ToArray();
        if (broken.Length > 0)
        {
            // A broken pack of this name is refused rather than silently replaced by another source's pack.
            return Result<TemplatePack>.Fail(broken);
        }

        if (packs.FirstOrDefault(p => p.Manifest.Name == name) is { } pack)
        {
            return Result<TemplatePack>.Ok(pack);
        }

        return ToolError.Create(ErrorCodes.TemplateNotFound, pointer, $"There is no template pack named '{Preview.Of(name)}'.",
            $"Available packs: {string.Join(", ", packs.Select(p => p.Manifest.Name).Distinct().Order(StringComparer.Ordinal))}.").WithFound(name);
    }

    /// <summary>Describes a pack completely, for describe_template; the helpers templates may call (what a pack author
    /// needs, not a pack's user) only with <paramref name="helpers"/>.</summary>
    public Result<DescribeTemplateResult> Describe(string? name, bool helpers = false) =>
        Find(name).Map(p => new DescribeTemplateResult(p.Manifest.Name, p.Manifest.Version, p.Manifest.Description, p.Origin, LocationOf(p),
            p.Manifest.Variables, SymmetricAddons(p.Manifest.Addons), p.Manifest.Files, p.Manifest.Injections, p.Manifest.Checklist,
            helpers ? TemplateFunctions.Signatures : null));

    /// <summary>Returns the add-ons with each conflict listed on both sides.</summary>
    public static IReadOnlyList<PackAddon> SymmetricAddons(IReadOnlyList<PackAddon> addons) =>
        addons.Select(a => a with
        {
            Conflicts = a.Conflicts.Concat(addons.Where(o => o.Conflicts.Contains(a.Name, StringComparer.Ordinal)).Select(o => o.Name))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
        }).ToArray();

    private (List<TemplatePack> Packs, List<(string Pack, ToolError Error)> Problems) Scan()
    {
        var packs = new List<TemplatePack>();
        var problems = new List<(string Pack, ToolError Error)>();
        var roots = new List<(string Directory, string Origin, string Label)>();
        AddWorkspaceRoot(roots, problems, WorkspaceFolder, Workspace, "/config/templates");
        for (var i = 0; i < workspace.Config.Templates.SearchPaths.Count; i++)
        {
            AddWorkspaceRoot(roots, problems, workspace.Config.Templates.SearchPaths[i], SearchPath, $"/config/templates/search_paths/{i}");
        }

        roots.Add((options.BuiltInDirectory, BuiltIn, "built-in:"));
        foreach (var (directory, origin, label) in roots)
        {
            foreach (var folder in PackFolders(directory))
            {
                var name = Path.GetFileName(folder);
                var packLabel = origin == BuiltIn ? $"{label}{name}" : $"{label}/{name}";
                var manifest = PackManifestLoader.Load(folder, $"{packLabel}/{PackManifestLoader.FileName}");
                if (manifest.IsOk)
                {
                    packs.Add(new TemplatePack(manifest.Value, folder, origin, packLabel));
                }
                else
                {
                    problems.AddRange(manifest.Errors.Select(e => (name, e)));
                }
            }
        }

        return (packs, problems);
    }

    private void AddWorkspaceRoot(List<(string, string, string)> roots, List<(string, ToolError)> problems, string relative, string origin, string pointer)
    {
        var resolved = workspace.Guard.Resolve(relative, pointer);
        if (!resolved.IsOk)
        {
            problems.AddRange(resolved.Errors.Select(e => ("", e)));
        }
        else if (Directory.Exists(resolved.Value.FullPath))
        {
            roots.Add((resolved.Value.FullPath, origin, resolved.Value.RelativePath));
        }
    }

    private IEnumerable<string> PackFolders(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        try
        {
            return new DirectoryInfo(directory).GetDirectories()
                .Where(d => !d.Name.StartsWith('.') && (d.LinkTarget is null || !workspace.Guard.IsInsideRoot(d.FullName) || workspace.Guard.Resolve(d.FullName, "").IsOk))
                .Select(d => d.FullName)
                .Order(StringComparer.Ordinal)
                .ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private string LocationOf(TemplatePack pack) => pack.Origin == BuiltIn ? "built-in" : pack.Label;

    private TemplateSummary Summarise(TemplatePack pack, IReadOnlyList<string> shadows) =>
        new(pack.Manifest.Name, pack.Manifest.Version, pack.Manifest.Description, pack.Origin, LocationOf(pack), pack.Manifest.Addons.Select(a => a.Name).ToArray(), shadows);
}
