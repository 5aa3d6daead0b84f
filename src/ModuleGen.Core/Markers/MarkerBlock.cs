using ModuleGen.Core.Common;

namespace ModuleGen.Core.Markers;

/// <summary>Reads and writes owned regions in files ModuleGen did not create — the one implementation behind scaffold
/// injections and workspace registry edits:
/// <c># &gt;&gt;&gt; modulegen:&lt;id&gt; &gt;&gt;&gt; sha256=&lt;hex&gt;</c> … <c># &lt;&lt;&lt; modulegen:&lt;id&gt; &lt;&lt;&lt;</c>,
/// with the comment syntax of the file type (# for YAML/TOML/Python/shell, // for C-like languages, &lt;!-- --&gt; for
/// Markdown/HTML). The start marker records the SHA-256 of the block's content, so the file itself says whether a
/// block still holds what ModuleGen wrote; a block without a hash (written by an older version) is still recognised.</summary>
public static partial class MarkerBlock
{
    private const string HashPrefix = " sha256=";

    private static readonly HashSet<string> s_hash = new(StringComparer.Ordinal)
    {
        ".yaml", ".yml", ".toml", ".py", ".sh", ".bash", ".cfg", ".ini", ".conf", ".env", ".txt", ".rb", ".r", ".pl", ".properties", ".gitignore", ".dockerignore",
    };

    private static readonly HashSet<string> s_slashes = new(StringComparer.Ordinal)
    {
        ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".cs", ".java", ".go", ".rs", ".c", ".h", ".cpp", ".hpp", ".kt", ".kts", ".swift", ".scala", ".dart", ".php", ".jsonc", ".proto", ".gradle",
    };

    private static readonly HashSet<string> s_markup = new(StringComparer.Ordinal) { ".md", ".markdown", ".html", ".htm", ".xml", ".csproj", ".props", ".targets", ".svg", ".vue" };

    /// <summary>Chooses the comment syntax for a file: the explicit <paramref name="style"/>, else by extension or name.</summary>
    public static string? CommentFor(string path, string? style)
    {
        if (style is not null)
        {
            return style;
        }

        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (name is "Makefile" or "Dockerfile" or ".env" || name.StartsWith(".env.", StringComparison.Ordinal) || s_hash.Contains(extension))
        {
            return "#";
        }

        return s_slashes.Contains(extension) ? "//" : s_markup.Contains(extension) ? "<!--" : null;
    }

    /// <summary>Tells whether a marker id is acceptable: letters, digits, '_', '-', '.' or ':'.</summary>
    public static bool IsValidId(string id) =>
        id.Length is > 0 and <= 128 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or ':');

    /// <summary>Returns the start marker line (without indentation), recording <paramref name="hash"/> when given.</summary>
    public static string Start(string id, string style, string? hash = null)
    {
        var tail = hash is null ? "" : HashPrefix + hash;
        return style == "<!--" ? $"<!-- >>> modulegen:{id} >>>{tail} -->" : $"{style} >>> modulegen:{id} >>>{tail}";
    }

    /// <summary>Returns the end marker line (without indentation).</summary>
    public static string End(string id, string style) => style == "<!--" ? $"<!-- <<< modulegen:{id} <<< -->" : $"{style} <<< modulegen:{id} <<<";

    /// <summary>Finds every marker block of the text (any id) and every marker line that does not form a block.</summary>
    public static MarkerScan Scan(string text, string style)
    {
        var lines = MarkerText.Parse(text);
        var regions = new List<MarkerRegion>();
        var problems = new List<MarkerProblem>();
        (string Id, int Index, string? Hash)? open = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var trimmed = lines.Lines[i].Trim();
            if (ParseStart(trimmed, style) is { } start)
            {
                if (open is { } unclosed)
                {
                    problems.Add(new MarkerProblem(unclosed.Id, unclosed.Index + 1, $"start marker without an end marker (another block starts at line {i + 1})"));
                }

                open = (start.Id, i, start.Hash);
            }
            else if (ParseEnd(trimmed, style) is { } end)
            {
                if (open is not { } current || current.Id != end)
                {
                    problems.Add(new MarkerProblem(end, i + 1, "end marker without a start marker"));
                    continue;
                }

                regions.Add(new MarkerRegion(end, current.Index, i, current.Hash, lines.Between(current.Index, i)));
                open = null;
            }
        }

        if (open is { } last)
        {
            problems.Add(new MarkerProblem(last.Id, last.Index + 1, "start marker without an end marker"));
        }

        foreach (var twice in regions.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.AddRange(twice.Skip(1).Select(r => new MarkerProblem(r.Id, r.StartLine, $"a second block with this id (the first starts at line {twice.First().StartLine})")));
        }

        var broken = problems.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return new MarkerScan(regions.Where(r => !broken.Contains(r.Id)).ToArray(), problems.OrderBy(p => p.Line).ToArray());
    }

    private static (string Id, string? Hash)? ParseStart(string line, string style)
    {
        if (Strip(line, style, ">>>") is not { } rest)
        {
            return null;
        }

        var close = rest.IndexOf(" >>>", StringComparison.Ordinal);
        if (close <= 0 || !IsValidId(rest[..close]))
        {
            return null;
        }

        var tail = rest[(close + 4)..];
        if (tail.Length == 0)
        {
            return (rest[..close], null);
        }

        var hash = tail.StartsWith(HashPrefix, StringComparison.Ordinal) ? tail[HashPrefix.Length..] : "";
        return hash.Length == 64 && hash.All(char.IsAsciiHexDigitLower) ? (rest[..close], hash) : null;
    }

    private static string? ParseEnd(string line, string style) =>
        Strip(line, style, "<<<") is { } rest && rest.EndsWith(" <<<", StringComparison.Ordinal) && IsValidId(rest[..^4]) ? rest[..^4] : null;

    private static string? Strip(string line, string style, string arrows)
    {
        var prefix = style == "<!--" ? $"<!-- {arrows} modulegen:" : $"{style} {arrows} modulegen:";
        if (!line.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = line[prefix.Length..];
        if (style != "<!--")
        {
            return rest;
        }

        return rest.EndsWith(" -->", StringComparison.Ordinal) ? rest[..^4] : null;
    }

    private static ToolError Broken(string id, string style, IReadOnlyList<MarkerProblem> problems, string pointer) =>
        ToolError.Create(ErrorCodes.ScaffoldInjectionInvalid, pointer,
            $"The marker block '{id}' is broken: {string.Join("; ", problems.Select(p => $"line {p.Line}: {p.Reason}"))}.",
            $"Repair the file by hand so it holds one '{Start(id, style)}' line followed by one '{End(id, style)}' line, or none.");
}
