using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using ModuleGen.Core.Registry.Toml;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Reads the package versions the projects beside a scaffold's target pin, so a new project defaults to the
/// versions its siblings already run (templates read them as <c>sibling_pins</c>, through the <c>pinned</c> function).
/// Sources: each sibling folder's <c>pyproject.toml</c> (the lower bound of each requirement in its dependencies and
/// dependency groups, in any PEP 440 form: <c>==1.11.3</c>, <c>==1.11.*</c>, <c>~=1.11</c>, <c>&gt;=1.10,&lt;2</c>) and <c>uv.lock</c>, and the workspace root's <c>uv.lock</c>. Where siblings disagree the
/// highest version wins; a file that does not parse is skipped (the registry checks report broken files).</summary>
internal static partial class SiblingPins
{
    /// <summary>The model name templates read the pins under.</summary>
    public const string ModelName = "sibling_pins";

    /// <summary>Returns package name (lower case, '_' and '.' as '-') → version for the folders beside <paramref name="targetRelative"/>;
    /// a folder or file that cannot be read (EIO, permission) is an error naming it, not pins silently missing.</summary>
    public static Result<Dictionary<string, object?>> Read(ModuleGenWorkspace workspace, string targetRelative)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var parent = targetRelative.Contains('/') ? targetRelative[..targetRelative.LastIndexOf('/')] : "";
        var reading = parent.Length == 0 ? "the workspace root" : $"'{parent}'";
        try
        {
            foreach (var sibling in Siblings(workspace, targetRelative))
            {
                reading = $"'{Path.GetRelativePath(workspace.Root, sibling.FullName).Replace('\\', '/')}'";
                AddPyproject(Path.Join(sibling.FullName, "pyproject.toml"), found);
                AddLock(Path.Join(sibling.FullName, "uv.lock"), found);
            }

            reading = "'uv.lock'";
            AddLock(Path.Join(workspace.Root, "uv.lock"), found);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ToolError.Create(ErrorCodes.ReadFailed, "", $"Could not read {reading} for the versions the sibling projects pin: {WorkspaceIOException.Describe(ex)}.",
                "Check the folder and its pyproject.toml/uv.lock files (the disk, their permissions), then retry.").WithFound(reading.Trim('\''));
        }

        return Result<Dictionary<string, object?>>.Ok(found.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal));
    }

    /// <summary>Returns the Python packages beside <paramref name="targetRelative"/>: each sibling folder's own name as a
    /// package (<c>-</c> as <c>_</c>) and the packages in its <c>src/</c>, so a new module is not named after one of them.</summary>
    public static IReadOnlyCollection<string> Packages(ModuleGenWorkspace workspace, string targetRelative)
    {
        var packages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var sibling in Siblings(workspace, targetRelative))
        {
            packages.Add(sibling.Name.Replace('-', '_'));
            var src = new DirectoryInfo(Path.Join(sibling.FullName, "src"));
            if (src.Exists && src.LinkTarget is null)
            {
                packages.UnionWith(src.GetDirectories().Where(d => d.LinkTarget is null && File.Exists(Path.Join(d.FullName, "__init__.py"))).Select(d => d.Name));
            }
        }

        return packages;
    }

    private static IEnumerable<DirectoryInfo> Siblings(ModuleGenWorkspace workspace, string targetRelative)
    {
        var parent = targetRelative.Contains('/') ? targetRelative[..targetRelative.LastIndexOf('/')] : "";
        var target = targetRelative.Length == 0 ? "" : targetRelative[(targetRelative.LastIndexOf('/') + 1)..];
        var parentFull = parent.Length == 0 ? workspace.Root : Path.Join(workspace.Root, parent);
        return targetRelative.Length > 0 && Directory.Exists(parentFull)
            ? new DirectoryInfo(parentFull).GetDirectories().Where(d => d.LinkTarget is null && !d.Name.StartsWith('.') && d.Name != target).OrderBy(d => d.Name, StringComparer.Ordinal)
            : [];
    }

    private static void AddPyproject(string path, Dictionary<string, string> found)
    {
        if (Parse(path) is not { } document)
        {
            return;
        }

        var requirements = new List<object?>();
        if (document.Tables.FirstOrDefault(t => t.Name == "project" && !t.IsArrayElement)?.Find("dependencies")?.Value is IReadOnlyList<object?> dependencies)
        {
            requirements.AddRange(dependencies);
        }

        if (document.Tables.FirstOrDefault(t => t.Name == "dependency-groups" && !t.IsArrayElement) is { } groups)
        {
            requirements.AddRange(groups.Entries.Select(e => e.Value).OfType<IReadOnlyList<object?>>().SelectMany(g => g));
        }

        foreach (var requirement in requirements.OfType<string>())
        {
            if (Requirement().Match(requirement) is { Success: true } match && Templates.Versions.LowerBound(match.Groups["specifiers"].Value) is { } version)
            {
                Add(found, match.Groups["name"].Value, version);
            }
        }
    }

    private static void AddLock(string path, Dictionary<string, string> found)
    {
        if (Parse(path) is not { } document)
        {
            return;
        }

        foreach (var package in document.ArrayOf("package"))
        {
            if (package.Find("name")?.Value is string name && package.Find("version")?.Value is string version && Templates.Versions.Parse(version) is { } release)
            {
                Add(found, name, string.Join('.', release));
            }
        }
    }

    // Every module's render reads all its siblings: updating a folder of N modules would parse N² files. A parsed file is
    // kept while its text is the same (the text is read each time; only the parse is saved), like a pack's manifest.
    // A file that does not parse is skipped (the registry checks report broken files); one that cannot be read throws.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Text, TomlDocument? Document)> s_parsed = new(StringComparer.Ordinal);

    private static TomlDocument? Parse(string path)
    {
        if (!RegularFile.Exists(path))
        {
            return null;
        }

        var text = RegularFile.ReadAllText(path);
        if (s_parsed.TryGetValue(path, out var parsed) && string.Equals(parsed.Text, text, StringComparison.Ordinal))
        {
            return parsed.Document;
        }

        var document = TomlReader.Read(text, Path.GetFileName(path)) is { IsOk: true } read ? read.Value : null;
        if (s_parsed.Count >= 4096)
        {
            s_parsed.Clear();
        }

        s_parsed[path] = (text, document);
        return document;
    }

    private static void Add(Dictionary<string, string> found, string name, string version)
    {
        var key = Separators().Replace(name.ToLowerInvariant(), "-");
        if (!found.TryGetValue(key, out var known) || Templates.Versions.Compare(version, known) > 0)
        {
            found[key] = version;
        }
    }

    // name, optional extras, then the specifiers in any PEP 440 form (==1.11.*, ~=1.11, >=1.10,<2, (>=1.9); markers).
    [GeneratedRegex(@"^\s*(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*\(?(?<specifiers>[^;()]*)\)?\s*(;.*)?$")]
    private static partial Regex Requirement();

    [GeneratedRegex("[-_.]+")]
    private static partial Regex Separators();
}
