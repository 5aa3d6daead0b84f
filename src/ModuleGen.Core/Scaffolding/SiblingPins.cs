using System.Globalization;
using System.Text.RegularExpressions;
using ModuleGen.Core.Registry.Toml;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Reads the package versions the projects beside a scaffold's target pin, so a new project defaults to the
/// versions its siblings already run (templates read them as <c>sibling_pins</c>, through the <c>pinned</c> function).
/// Sources: each sibling folder's <c>pyproject.toml</c> (<c>name==x.y.z</c>, <c>&gt;=</c>, <c>~=</c> in its dependencies
/// and dependency groups) and <c>uv.lock</c>, and the workspace root's <c>uv.lock</c>. Where siblings disagree the
/// highest version wins; a file that does not parse is skipped (the registry checks report broken files).</summary>
internal static partial class SiblingPins
{
    /// <summary>The model name templates read the pins under.</summary>
    public const string ModelName = "sibling_pins";

    /// <summary>Returns package name (lower case, '_' and '.' as '-') → version for the folders beside <paramref name="targetRelative"/>.</summary>
    public static Dictionary<string, object?> Read(ModuleGenWorkspace workspace, string targetRelative)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var parent = targetRelative.Contains('/') ? targetRelative[..targetRelative.LastIndexOf('/')] : "";
        var target = targetRelative.Length == 0 ? "" : targetRelative[(targetRelative.LastIndexOf('/') + 1)..];
        var parentFull = parent.Length == 0 ? workspace.Root : Path.Join(workspace.Root, parent);
        if (targetRelative.Length > 0 && Directory.Exists(parentFull))
        {
            var siblings = new DirectoryInfo(parentFull).GetDirectories()
                .Where(d => d.LinkTarget is null && !d.Name.StartsWith('.') && d.Name != target)
                .OrderBy(d => d.Name, StringComparer.Ordinal);
            foreach (var sibling in siblings)
            {
                AddPyproject(Path.Join(sibling.FullName, "pyproject.toml"), found);
                AddLock(Path.Join(sibling.FullName, "uv.lock"), found);
            }
        }

        AddLock(Path.Join(workspace.Root, "uv.lock"), found);
        return found.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
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
            if (Requirement().Match(requirement) is { Success: true } match)
            {
                Add(found, match.Groups["name"].Value, match.Groups["version"].Value);
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
            if (package.Find("name")?.Value is string name && package.Find("version")?.Value is string version && Version().IsMatch(version))
            {
                Add(found, name, version);
            }
        }
    }

    // Every module's render reads all its siblings: updating a folder of N modules would parse N² files. A parsed file is
    // kept while its text is the same (the text is read each time; only the parse is saved), like a pack's manifest.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Text, TomlDocument? Document)> s_parsed = new(StringComparer.Ordinal);

    private static TomlDocument? Parse(string path)
    {
        try
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
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Add(Dictionary<string, string> found, string name, string version)
    {
        var key = Separators().Replace(name.ToLowerInvariant(), "-");
        if (!found.TryGetValue(key, out var known) || Compare(version, known) > 0)
        {
            found[key] = version;
        }
    }

    private static int Compare(string a, string b)
    {
        var left = a.Split('.').Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var right = b.Split('.').Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var difference = (i < left.Length ? left[i] : 0).CompareTo(i < right.Length ? right[i] : 0);
            if (difference != 0)
            {
                return difference;
            }
        }

        return 0;
    }

    // name, optional extras, then ==, ===, >= or ~= and a plain release version (pre-releases and wildcards are no pin).
    [GeneratedRegex(@"^\s*(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(===?|>=|~=)\s*(?<version>[0-9]{1,9}(\.[0-9]{1,9}){1,2})\s*(,.*|;.*)?$")]
    private static partial Regex Requirement();

    [GeneratedRegex(@"^[0-9]{1,9}(\.[0-9]{1,9}){1,2}$")]
    private static partial Regex Version();

    [GeneratedRegex("[-_.]+")]
    private static partial Regex Separators();
}
