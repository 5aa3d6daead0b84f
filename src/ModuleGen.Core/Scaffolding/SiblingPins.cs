using System.Globalization;
using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
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

    /// <summary>Returns package name (lower case, '_' and '.' as '-') → version for the folders beside <paramref name="targetRelative"/>;
    /// a folder or file that cannot be read (EIO, permission) is an error naming it, not pins silently missing.</summary>
    public static Result<Dictionary<string, object?>> Read(ModuleGenWorkspace workspace, string targetRelative)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var parent = targetRelative.Contains('/') ? targetRelative[..targetRelative.LastIndexOf('/')] : "";
        var target = targetRelative.Length == 0 ? "" : targetRelative[(targetRelative.LastIndexOf('/') + 1)..];
        var parentFull = parent.Length == 0 ? workspace.Root : Path.Join(workspace.Root, parent);
        var reading = parent.Length == 0 ? "the workspace root" : $"'{parent}'";
        try
        {
            if (targetRelative.Length > 0 && Directory.Exists(parentFull))
            {
                var siblings = new DirectoryInfo(parentFull).GetDirectories()
                    .Where(d => d.LinkTarget is null && !d.Name.StartsWith('.') && d.Name != target)
                    .OrderBy(d => d.Name, StringComparer.Ordinal);
                foreach (var sibling in siblings)
                {
                    reading = $"'{Path.GetRelativePath(workspace.Root, sibling.FullName).Replace('\\', '/')}'";
                    AddPyproject(Path.Join(sibling.FullName, "pyproject.toml"), found);
                    AddLock(Path.Join(sibling.FullName, "uv.lock"), found);
                }
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

    // A file that does not parse is skipped (the registry checks report broken files); one that cannot be read throws.
    private static TomlDocument? Parse(string path) =>
        RegularFile.Exists(path) && TomlReader.Read(RegularFile.ReadAllText(path), Path.GetFileName(path)) is { IsOk: true } read ? read.Value : null;

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
