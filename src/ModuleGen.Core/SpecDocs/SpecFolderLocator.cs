using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Plans;
using ModuleGen.Core.SpecDocs.Formats;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Finds spec folders: the one a module (or spec folder) name names, or every one in the workspace. It looks
/// where docs.folder says (a {module} pattern, a glob such as <c>specs/*</c>, or one folder verbatim) and in the
/// conventional places of the formats it reads: <c>specs/*/</c> (spec-kit), <c>.kiro/specs/*/</c> (Kiro) and
/// <c>openspec/</c> (OpenSpec). Every path goes through the workspace's guard.</summary>
/// <remarks>Folders whose names start with <c>_</c> or <c>.</c> under the conventional places are archives and
/// tooling, not spec folders (Kiro users keep <c>.kiro/specs/_archived/</c>). A module's code is its stored plan's
/// code when there is one (its bricks' folders, through the deepest folder they share), else its folder under a module
/// root, else the docs folder's parent.</remarks>
public sealed partial class SpecFolderLocator(ModuleGenWorkspace workspace, PlanStore? plans = null)
{
    /// <summary>The folders whose children are spec folders by convention.</summary>
    public static IReadOnlyList<string> ConventionalParents { get; } = ["specs", ".kiro/specs"];

    /// <summary>The conventional OpenSpec root.</summary>
    public const string OpenSpecRoot = "openspec";

    /// <summary>The most folders a glob may expand to.</summary>
    private const int MaxFolders = 10_000;

    private string Pattern => workspace.Config.Docs.Folder;

    /// <summary>Locates the folder of one set; when none of the candidates exists, the module's configured folder is
    /// returned (loading it then says it is missing, with the places searched).</summary>
    public Result<ModuleDocs> Locate(string? module) =>
        SpecSetName.Parse(module).Then(parsed =>
        {
            var (names, isModule) = parsed;
            var candidates = Candidates(names);
            if (!candidates.IsOk)
            {
                return Result<ModuleDocs>.Fail(candidates.Errors);
            }

            var found = candidates.Value.FirstOrDefault(c => Directory.Exists(c.Folder.FullPath));
            var fallback = candidates.Value.FirstOrDefault(c => isModule && c.Folder.RelativePath == Pattern.Replace("{module}", names.Snake, StringComparison.Ordinal));
            var chosen = found.Folder is not null ? found : fallback.Folder is not null ? fallback : candidates.Value.FirstOrDefault();
            if (chosen.Folder is null)
            {
                return ToolError.Create(ErrorCodes.DocsFolderMissing, "/module", $"No spec folder for '{Preview.Of(module)}': {Searched(names.Input)}.",
                    "Pass the name of a spec folder, or set docs.folder in modulegen.yaml to where the documents live.").WithFound(module);
            }

            // A folder the {module} pattern gave is the module's; any other is a spec folder, named as it is written.
            var fromPattern = Pattern.Contains("{module}", StringComparison.Ordinal) && candidates.Value.TakeWhile(c => c.Folder != chosen.Folder).Count() < PatternForms(names);
            return fromPattern ? Build(names, isModule, chosen.Folder, chosen.Focus) : Build(Named(chosen.Focus is null ? Leaf(chosen.Folder.RelativePath) : names.Input), false, chosen.Folder, chosen.Focus);
        });

    /// <summary>Lists every spec folder of the workspace, ordered by path: docs.folder's (for every module when it is a
    /// {module} pattern), then the conventional places.</summary>
    public Result<IReadOnlyList<ModuleDocs>> LocateAll()
    {
        var folders = new SortedDictionary<string, ModuleDocs>(StringComparer.Ordinal);
        var errors = new List<ToolError>();
        void Add(Result<ModuleDocs> docs)
        {
            if (!docs.IsOk)
            {
                errors.AddRange(docs.Errors);
            }
            else if (Directory.Exists(docs.Value.Folder.FullPath))
            {
                folders.TryAdd(docs.Value.Folder.RelativePath, docs.Value);
            }
        }

        if (Pattern.Contains("{module}", StringComparison.Ordinal))
        {
            var modules = ModuleLocator.Find(workspace);
            foreach (var name in modules.IsOk ? modules.Value.Select(m => m.Name).Distinct(StringComparer.Ordinal) : [])
            {
                Add(Locate(name));
            }
        }
        else
        {
            foreach (var folder in Expand(Pattern, "/config/docs/folder", skipHidden: false))
            {
                Add(folder.Then(f => SpecSetName.Parse(Leaf(f.RelativePath)).Then(_ => Build(Named(Leaf(f.RelativePath)), false, f, null))));
            }
        }

        // By convention only folders that hold Markdown are spec folders (specs/ also holds API schemas in some repositories).
        foreach (var parent in ConventionalParents)
        {
            foreach (var folder in Expand(parent + "/*", "/module", skipHidden: true))
            {
                if (!folder.IsOk || Directory.EnumerateFiles(folder.Value.FullPath, "*.md").Any())
                {
                    Add(folder.Then(f => SpecSetName.Parse(Leaf(f.RelativePath)).Then(_ => Build(Named(Leaf(f.RelativePath)), false, f, null))));
                }
            }
        }

        var openspec = Path.Join(workspace.Root, OpenSpecRoot);
        if (Directory.Exists(Path.Join(openspec, "specs")) || Directory.Exists(Path.Join(openspec, "changes")))
        {
            Add(workspace.Guard.Resolve(OpenSpecRoot, "/module").Then(f => Build(Named(OpenSpecRoot), false, f, null)));
        }
        return errors.Count > 0 ? Result<IReadOnlyList<ModuleDocs>>.Fail(errors) : Result<IReadOnlyList<ModuleDocs>>.Ok(folders.Values.ToArray());
    }

    /// <summary>Lists where a name was looked for, for messages.</summary>
    public string Searched(string name) =>
        $"looked in {string.Join(", ", new[] { Pattern.Replace("{module}", name, StringComparison.Ordinal) }.Concat(ConventionalParents.Select(p => $"{p}/{name}")).Append($"{OpenSpecRoot}/changes/{name}").Distinct(StringComparer.Ordinal))}";

    private Result<IReadOnlyList<(WorkspacePath Folder, string? Focus)>> Candidates(ModuleNames names)
    {
        var candidates = new List<(WorkspacePath, string?)>();
        var errors = new List<ToolError>();
        void Try(string relative, string pointer, string? focus = null)
        {
            var resolved = workspace.Guard.Resolve(relative, pointer);
            if (resolved.IsOk)
            {
                candidates.Add((resolved.Value, focus));
            }
            else
            {
                errors.AddRange(resolved.Errors);
            }
        }

        if (Pattern.Contains("{module}", StringComparison.Ordinal))
        {
            // The name as given first (kebab-case and numbered folders), then the module's snake_case and kebab-case forms.
            foreach (var form in new[] { names.Input, names.Snake, names.Kebab }.Distinct(StringComparer.Ordinal))
            {
                Try(Pattern.Replace("{module}", form, StringComparison.Ordinal), "/config/docs/folder");
            }
        }
        else
        {
            var expanded = Expand(Pattern, "/config/docs/folder", skipHidden: false).ToArray();
            candidates.AddRange(expanded.Where(f => f.IsOk && Matches(Leaf(f.Value.RelativePath), names)).Select(f => (f.Value, (string?)null)));
            errors.AddRange(expanded.Where(f => !f.IsOk).SelectMany(f => f.Errors));
        }

        foreach (var parent in ConventionalParents)
        {
            candidates.AddRange(Expand(parent + "/*", "/module", skipHidden: false).Where(f => f.IsOk && Matches(Leaf(f.Value.RelativePath), names)).Select(f => (f.Value, (string?)null)));
        }

        if (string.Equals(names.Input, OpenSpecRoot, StringComparison.Ordinal))
        {
            Try(OpenSpecRoot, "/module");
        }
        else if (ChangeFolder(names.Input) is { } change)
        {
            Try(OpenSpecRoot, "/module", change);
        }

        if (errors.Count > 0)
        {
            return Result<IReadOnlyList<(WorkspacePath, string?)>>.Fail(errors);
        }

        // A bare {module}-less pattern names one folder: the set when nothing else matched.
        if (candidates.Count == 0 && !Pattern.Contains('*', StringComparison.Ordinal) && !Pattern.Contains("{module}", StringComparison.Ordinal))
        {
            Try(Pattern, "/config/docs/folder");
        }

        return Result<IReadOnlyList<(WorkspacePath, string?)>>.Ok(candidates);
    }

    /// <summary>Returns how many candidates the {module} pattern contributes (the name's distinct forms).</summary>
    private static int PatternForms(ModuleNames names) => new[] { names.Input, names.Snake, names.Kebab }.Distinct(StringComparer.Ordinal).Count();

    /// <summary>Returns the change id when <c>openspec/changes/&lt;name&gt;</c> (or an archived <c>DATE-&lt;name&gt;</c>) exists.</summary>
    private string? ChangeFolder(string name)
    {
        var changes = Path.Join(workspace.Root, OpenSpecRoot, "changes");
        if (!Directory.Exists(changes))
        {
            return null;
        }

        if (Directory.Exists(Path.Join(changes, name)) && name != "archive")
        {
            return name;
        }

        var archive = Path.Join(changes, "archive");
        return Directory.Exists(archive)
            ? new DirectoryInfo(archive).GetDirectories().Select(d => d.Name).Where(d => d == name || d.EndsWith("-" + name, StringComparison.Ordinal) && ArchiveDate().IsMatch(d)).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
    }

    private Result<ModuleDocs> Build(ModuleNames names, bool isModule, WorkspacePath folder, string? focus)
    {
        var pinned = SpecFormat.Named(workspace.Config.Docs.Format);
        var prefix = isModule ? PrefixFor(names) : Result<string>.Ok("");
        return prefix.Then(p => (isModule ? CodeFolderFor(names, folder) : Result<WorkspacePath?>.Ok(null)).Map(code => new ModuleDocs(names, p, folder, code) { Format = pinned, Focus = focus }));
    }

    private Result<string> PrefixFor(ModuleNames names)
    {
        var prefixes = workspace.Config.Docs.IdPrefixes;
        var key = new[] { names.Snake, names.Kebab, names.Input }.FirstOrDefault(prefixes.ContainsKey);
        var prefix = key is null ? names.Snake.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant() : prefixes[key];
        return ValidPrefix().IsMatch(prefix)
            ? Result<string>.Ok(prefix)
            : ToolError.Create(ErrorCodes.DocsInvalidPrefix, $"/config/docs/id_prefixes/{key}",
                $"The ID prefix '{Preview.Of(prefix)}' for module '{names.Snake}' is not an upper-case word; IDs would read REQ-{Preview.Of(prefix, 20)}-1.",
                "Use upper-case letters and digits, starting with a letter, e.g. OAGW.").WithFound(prefix);
    }

    /// <summary>Finds the module's code: where its stored plan puts it, else its folder under a module root, else the
    /// docs folder's parent.</summary>
    private Result<WorkspacePath?> CodeFolderFor(ModuleNames names, WorkspacePath docsFolder)
    {
        if (plans?.LoadStored(names.Snake) is { IsOk: true } stored && SharedFolder(stored.Value.Plan.Bricks.Select(b => b.TargetDir)) is { Length: > 0 } shared &&
            workspace.Guard.Resolve(shared, "/module") is { IsOk: true } planned && Directory.Exists(planned.Value.FullPath))
        {
            return Result<WorkspacePath?>.Ok(planned.Value);
        }

        var roots = workspace.Config.Paths.ModuleRoots;
        for (var i = 0; i < roots.Count; i++)
        {
            foreach (var name in new[] { names.Snake, names.Kebab })
            {
                var candidate = workspace.Guard.Resolve($"{roots[i]}/{name}", $"/config/paths/module_roots/{i}");
                if (!candidate.IsOk)
                {
                    return Result<WorkspacePath?>.Fail(candidate.Errors);
                }

                if (Directory.Exists(candidate.Value.FullPath))
                {
                    return Result<WorkspacePath?>.Ok(candidate.Value);
                }
            }
        }

        var parent = Path.GetDirectoryName(docsFolder.RelativePath)?.Replace('\\', '/');
        return string.IsNullOrEmpty(parent)
            ? Result<WorkspacePath?>.Ok(null)
            : workspace.Guard.Resolve(parent, "/config/docs/folder").Map(p => Directory.Exists(p.FullPath) ? p : null);
    }

    /// <summary>Expands a folder pattern whose segments may hold <c>*</c> (one folder level each), in ordinal order.</summary>
    private IEnumerable<Result<WorkspacePath>> Expand(string pattern, string pointer, bool skipHidden)
    {
        var current = new List<string> { "" };
        foreach (var segment in pattern.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = new List<string>();
            foreach (var prefix in current)
            {
                if (!segment.Contains('*', StringComparison.Ordinal))
                {
                    next.Add(prefix.Length == 0 ? segment : $"{prefix}/{segment}");
                    continue;
                }

                var full = Path.Join(workspace.Root, prefix);
                if (!Directory.Exists(full) || (prefix.Length > 0 && !workspace.Guard.Resolve(prefix, pointer).IsOk))
                {
                    continue;
                }

                var wildcard = new Regex("^" + Regex.Escape(segment).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                next.AddRange(new DirectoryInfo(full).GetDirectories()
                    .Where(d => d.LinkTarget is null && wildcard.IsMatch(d.Name) && !(skipHidden && (d.Name.StartsWith('_') || d.Name.StartsWith('.'))))
                    .Select(d => d.Name).Order(StringComparer.Ordinal).Select(n => prefix.Length == 0 ? n : $"{prefix}/{n}"));
            }

            current = next.Take(MaxFolders).ToList();
        }

        return current.Where(c => c.Length > 0).Select(c => workspace.Guard.Resolve(c, pointer));
    }

    /// <summary>Tells whether a folder is the one a name names: exactly, ignoring case, in the module's snake or kebab
    /// form, or behind a number (<c>001-user-auth</c> for <c>user-auth</c>).</summary>
    private static bool Matches(string folder, ModuleNames names)
    {
        var bare = NumberPrefix().Replace(folder, "");
        return new[] { names.Input, names.Snake, names.Kebab }.Any(n =>
            string.Equals(folder, n, StringComparison.OrdinalIgnoreCase) || string.Equals(bare, n, StringComparison.OrdinalIgnoreCase));
    }

    // The deepest folder every path lies in ("" when they share none but the root).
    private static string SharedFolder(IEnumerable<string> paths)
    {
        string[]? shared = null;
        foreach (var parts in paths.Select(p => p.Replace('\\', '/').Trim('/').Split('/')))
        {
            shared = shared is null ? parts : shared.Zip(parts).TakeWhile(p => p.First == p.Second).Select(p => p.First).ToArray();
        }

        return string.Join('/', shared ?? []);
    }

    private static string Leaf(string relative) => relative[(relative.LastIndexOf('/') + 1)..];

    private static ModuleNames Named(string name) => new(name, name, name, name, name);

    [GeneratedRegex("^[A-Z][A-Z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidPrefix();

    [GeneratedRegex(@"^[0-9]+[-_.]", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}-", RegexOptions.CultureInvariant)]
    private static partial Regex ArchiveDate();
}
