using System.Text.RegularExpressions;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Reads and writes owned regions in files ModuleGen did not create:
/// <c># &gt;&gt;&gt; modulegen:&lt;id&gt; &gt;&gt;&gt;</c> … <c># &lt;&lt;&lt; modulegen:&lt;id&gt; &lt;&lt;&lt;</c>, with the comment
/// syntax of the file type (# for YAML/TOML/Python/shell, // for C-like languages, &lt;!-- --&gt; for Markdown/HTML).</summary>
public static class MarkerBlock
{
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

    /// <summary>Returns the start marker line (without indentation).</summary>
    public static string Start(string id, string style) => style == "<!--" ? $"<!-- >>> modulegen:{id} >>> -->" : $"{style} >>> modulegen:{id} >>>";

    /// <summary>Returns the end marker line (without indentation).</summary>
    public static string End(string id, string style) => style == "<!--" ? $"<!-- <<< modulegen:{id} <<< -->" : $"{style} <<< modulegen:{id} <<<";

    /// <summary>Puts <paramref name="content"/> inside the block <paramref name="id"/>: replaces the block's content when
    /// the block exists, else inserts it after the first line matching <paramref name="anchor"/>, or at the end.</summary>
    public static Result<MarkerEdit> Apply(string text, string id, string content, string style, int indent, Regex? anchor, string pointer)
    {
        var lines = text.Length == 0 ? [] : text.Split('\n').ToList();
        var hadFinalNewline = text.EndsWith('\n');
        if (hadFinalNewline)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var body = content.Length == 0 ? [] : (content.EndsWith('\n') ? content[..^1] : content).Split('\n');
        var starts = lines.Select((l, i) => (l, i)).Where(p => p.l.Trim() == Start(id, style)).Select(p => p.i).ToList();
        var ends = lines.Select((l, i) => (l, i)).Where(p => p.l.Trim() == End(id, style)).Select(p => p.i).ToList();
        if (starts.Count > 1 || ends.Count > 1 || starts.Count != ends.Count || (starts.Count == 1 && ends[0] < starts[0]))
        {
            return ToolError.Create(ErrorCodes.ScaffoldInjectionInvalid, pointer,
                $"The marker block '{id}' is broken ({starts.Count} start and {ends.Count} end marker lines, in that order).",
                $"Repair the file by hand so it holds one '{Start(id, style)}' line followed by one '{End(id, style)}' line, or none.");
        }

        if (starts.Count == 1)
        {
            var previous = string.Join("", lines.Skip(starts[0] + 1).Take(ends[0] - starts[0] - 1).Select(l => l + "\n"));
            lines.RemoveRange(starts[0] + 1, ends[0] - starts[0] - 1);
            lines.InsertRange(starts[0] + 1, body);
            return Result<MarkerEdit>.Ok(new MarkerEdit(Join(lines, true), previous));
        }

        var at = lines.Count;
        if (anchor is not null)
        {
            var found = lines.FindIndex(anchor.IsMatch);
            if (found < 0)
            {
                return ToolError.Create(ErrorCodes.ScaffoldInjectionAnchorMissing, pointer,
                    $"No line matches the anchor '{anchor}' the block '{id}' is placed after.", "Add the anchor line to the file (for workspace.yaml: 'load_from:').").WithFound(anchor.ToString());
            }

            at = found + 1;
        }

        var pad = new string(' ', indent);
        lines.InsertRange(at, [pad + Start(id, style), .. body, pad + End(id, style)]);
        return Result<MarkerEdit>.Ok(new MarkerEdit(Join(lines, true), null));
    }

    private static string Join(List<string> lines, bool finalNewline) =>
        lines.Count == 0 ? "" : string.Join('\n', lines) + (finalNewline ? "\n" : "");
}
