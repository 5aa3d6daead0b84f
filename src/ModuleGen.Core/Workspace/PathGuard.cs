using ModuleGen.Core.Common;

namespace ModuleGen.Core.Workspace;

/// <summary>Decides, in one place, whether a path may be read or written: it must stay inside the workspace root.</summary>
/// <remarks>
/// Refuses NUL and control characters, absolute paths outside the root, <c>..</c> escapes, symbolic links whose
/// target leaves the root (checked link by link down to the nearest existing ancestor, so paths that do not exist
/// yet are covered), reserved device names, characters that are invalid on Windows, overlong names, and names that
/// could be mistaken for others (<see cref="ConfusableNames"/>).
/// A link swapped between this check and the write is not defended against (no openat-style API in .NET).
/// </remarks>
public sealed class PathGuard
{
    public const int MaxSegmentLength = 255;
    public const int MaxRelativeLength = 1024;

    private static readonly char[] s_windowsInvalid = ['<', '>', ':', '"', '|', '?', '*'];

    private readonly string _rootWithSeparator;
    private readonly Dictionary<string, (string? Link, bool Exists)>? _probes;

    /// <summary>Creates a guard for a root that is already absolute and free of symbolic links.</summary>
    public PathGuard(string canonicalRoot)
        : this(canonicalRoot, null)
    {
    }

    private PathGuard(string canonicalRoot, Dictionary<string, (string? Link, bool Exists)>? probes)
    {
        Root = Path.TrimEndingDirectorySeparator(canonicalRoot);
        _rootWithSeparator = Root.EndsWith(Path.DirectorySeparatorChar) ? Root : Root + Path.DirectorySeparatorChar;
        _probes = probes;
    }

    public string Root { get; }

    /// <summary>Resolves a workspace-relative (or absolute, inside the root) path, or explains why it is refused.</summary>
    /// <param name="path">The path as the caller gave it.</param>
    /// <param name="pointer">The JSON pointer of the value, for the error.</param>
    public Result<WorkspacePath> Resolve(string? path, string pointer)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return Refuse(ErrorCodes.PathEmpty, pointer, path, "The path is empty.", "Give a path relative to the workspace root, such as 'modules/orders'.");
        }

        if (path.Contains('\0'))
        {
            return Refuse(ErrorCodes.PathNulByte, pointer, path, "The path contains a NUL byte.", "Remove the NUL character from the path.");
        }

        if (path.Any(char.IsControl))
        {
            return Refuse(ErrorCodes.PathInvalidCharacter, pointer, path, "The path contains a control character.", "Use printable characters only.");
        }

        // U+FFFD is what bytes that were not valid UTF-8 became on the way in (stdio, argv); half a surrogate pair cannot
        // be written as a file name at all. Either way the name is not the one the caller meant.
        if (path.Contains('\uFFFD') || !ReferenceEquals(Preview.WellFormed(path), path))
        {
            return Refuse(ErrorCodes.PathInvalidCharacter, pointer, Preview.WellFormed(path), "The path is not valid Unicode text (it holds U+FFFD, the mark of bytes that were not UTF-8, or half a surrogate pair).",
                "Pass the path as valid UTF-8.");
        }

        var normalised = path.Replace('\\', '/');
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(IsAbsolute(normalised) ? normalised : Path.Join(Root, normalised)));
        if (!IsInsideRoot(full))
        {
            return IsAbsolute(normalised)
                ? Refuse(ErrorCodes.PathOutsideWorkspace, pointer, path, $"The absolute path '{Preview.Of(path)}' is outside the workspace root.", "Use a path relative to the workspace root.")
                : Refuse(ErrorCodes.PathOutsideWorkspace, pointer, path, $"The path '{Preview.Of(path)}' uses '..' to leave the workspace root.", "Use a path that stays inside the workspace; remove the '..' segments.");
        }

        var relative = full.Length == Root.Length ? "" : full[_rootWithSeparator.Length..].Replace(Path.DirectorySeparatorChar, '/');
        return CheckSegments(relative, path, pointer)
            .Then(_ => CheckLinks(relative, path, pointer))
            .Map(_ => new WorkspacePath(full, relative));
    }

    /// <summary>Returns a guard for one batch of checks (e.g. every path of one plan) that asks the file system about
    /// each folder on the way only once. Use it for one call and drop it: it does not see later changes. Not thread-safe.</summary>
    public PathGuard ForBatch() => new(Root, new Dictionary<string, (string? Link, bool Exists)>(StringComparer.Ordinal));

    /// <summary>Tells whether an absolute, normalised path lies inside the root (or is the root).</summary>
    public bool IsInsideRoot(string fullPath) =>
        string.Equals(fullPath, Root, StringComparison.Ordinal) ||
        fullPath.StartsWith(_rootWithSeparator, StringComparison.Ordinal);

    private static Result<Unit> CheckSegments(string relative, string original, string pointer)
    {
        if (relative.Length > MaxRelativeLength)
        {
            return Refuse(ErrorCodes.PathTooLong, pointer, original, $"The path is {relative.Length} characters long; at most {MaxRelativeLength} are accepted.", "Shorten the path.");
        }

        foreach (var segment in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment.Length > MaxSegmentLength)
            {
                return Refuse(ErrorCodes.PathTooLong, pointer, original, $"A path segment is {segment.Length} characters long; at most {MaxSegmentLength} are accepted.", "Shorten the file or folder name.");
            }

            if (ReservedNames.IsDeviceName(segment))
            {
                return Refuse(ErrorCodes.PathReservedName, pointer, original, $"'{segment}' is a reserved device name on Windows.", "Choose another name for the file or folder.");
            }

            if (ConfusableNames.Explain(segment) is { } why)
            {
                return Refuse(ErrorCodes.PathConfusable, pointer, original, $"'{Preview.Of(segment)}' could be mistaken for another name: {why}.", "Use plain ASCII letters, digits, '-', '_' and '.' (or one script throughout the name).");
            }

            if (segment.IndexOfAny(s_windowsInvalid) >= 0 || segment.EndsWith('.') || segment.EndsWith(' '))
            {
                return Refuse(ErrorCodes.PathInvalidCharacter, pointer, original, $"'{Preview.Of(segment)}' contains a character that is not portable (one of <>:\"|?* or a trailing dot or space).", "Use letters, digits, '-', '_' and '.' in names.");
            }
        }

        return Result<Unit>.Ok(Unit.Value);
    }

    private Result<Unit> CheckLinks(string relative, string original, string pointer)
    {
        var current = Root;
        foreach (var segment in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Join(current, segment);
            var (link, exists) = Probe(candidate);
            if (link is { } text)
            {
                var target = FileSystemLinks.RealPath(FileSystemLinks.TargetOf(candidate, text));
                if (target is null || !IsInsideRoot(target))
                {
                    return Refuse(ErrorCodes.PathSymlinkEscape, pointer, original, $"The path '{Preview.Of(original)}' goes through the symbolic link '{RelativeOf(candidate)}', whose target leaves the workspace root.", "Use a path whose folders are inside the workspace, or replace the link with a real folder.");
                }

                current = target;
            }
            else if (exists)
            {
                current = candidate;
            }
            else
            {
                break;
            }
        }

        return Result<Unit>.Ok(Unit.Value);
    }

    private (string? Link, bool Exists) Probe(string candidate)
    {
        if (_probes is not null && _probes.TryGetValue(candidate, out var known))
        {
            return known;
        }

        var link = FileSystemLinks.LinkText(candidate);
        var probe = (link, link is null && Path.Exists(candidate));
        _probes?.Add(candidate, probe);
        return probe;
    }

    private string RelativeOf(string full) =>
        IsInsideRoot(full) && full.Length > Root.Length ? full[_rootWithSeparator.Length..].Replace(Path.DirectorySeparatorChar, '/') : full;

    private static bool IsAbsolute(string path) =>
        path.StartsWith('/') || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':');

    private static ToolError Refuse(string code, string pointer, string? found, string message, string hint) =>
        ToolError.Create(code, pointer, message, hint).WithFound(found);
}
