using System.Text;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Writes a unified diff (3 lines of context) between two texts from a longest-common-subsequence alignment of
/// their lines; deterministic, so the same inputs always give the same diff. Lines are compared with their line ending
/// ("\n", "\r\n" or none for a last line without one), so a CRLF file, or a last line that gains or loses its final
/// newline, diffs to a patch that git apply and patch turn into exactly the new text: a line without a final newline
/// is followed by "\ No newline at end of file" right where it stands.</summary>
public static class UnifiedDiff
{
    public const int Context = 3;

    private const long MaxCells = 4_000_000;

    /// <summary>Returns the diff of <paramref name="oldText"/> (null: the file does not exist) to <paramref name="newText"/>
    /// (null: the file is deleted), or "" when equal; creations and deletions name /dev/null as git writes them.</summary>
    public static string Create(string path, string? oldText, string? newText)
    {
        if (oldText == newText)
        {
            return "";
        }

        var oldLines = Lines(oldText ?? "");
        var newLines = Lines(newText ?? "");
        var ops = Align(oldLines, newLines);
        var text = new StringBuilder();
        text.Append(oldText is null ? "--- /dev/null\n" : $"--- a/{path}\n").Append(newText is null ? "+++ /dev/null\n" : $"+++ b/{path}\n");
        foreach (var (start, end) in Hunks(ops))
        {
            WriteHunk(text, ops, start, end);
        }

        return text.ToString();
    }

    // Each line keeps its "\n" (and a "\r" before it); only the text's last line may lack one.
    private static string[] Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }

        return lines.ToArray();
    }

    private static List<(char Op, string Line, int Old, int New)> Align(string[] a, string[] b)
    {
        var ops = new List<(char, string, int, int)>();
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            ops.Add((' ', a[prefix], prefix, prefix));
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        int n = a.Length - prefix - suffix, m = b.Length - prefix - suffix;
        if ((long)n * m > MaxCells)
        {
            ops.AddRange(Enumerable.Range(prefix, n).Select(i => ('-', a[i], i, -1)));
            ops.AddRange(Enumerable.Range(prefix, m).Select(j => ('+', b[j], -1, j)));
        }
        else
        {
            var lcs = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                {
                    lcs[i, j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }

            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && a[prefix + x] == b[prefix + y])
                {
                    ops.Add((' ', a[prefix + x], prefix + x++, prefix + y++));
                }
                else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
                {
                    ops.Add(('-', a[prefix + x], prefix + x++, -1));
                }
                else
                {
                    ops.Add(('+', b[prefix + y], -1, prefix + y++));
                }
            }
        }

        for (var k = 0; k < suffix; k++)
        {
            ops.Add((' ', a[a.Length - suffix + k], a.Length - suffix + k, b.Length - suffix + k));
        }

        return ops;
    }

    private static IEnumerable<(int Start, int End)> Hunks(List<(char Op, string Line, int Old, int New)> ops)
    {
        var changes = Enumerable.Range(0, ops.Count).Where(i => ops[i].Op != ' ').ToList();
        var k = 0;
        while (k < changes.Count)
        {
            var first = changes[k];
            var last = first;
            while (k + 1 < changes.Count && changes[k + 1] - last <= 2 * Context)
            {
                last = changes[++k];
            }

            k++;
            yield return (Math.Max(0, first - Context), Math.Min(ops.Count - 1, last + Context));
        }
    }

    private static void WriteHunk(StringBuilder text, List<(char Op, string Line, int Old, int New)> ops, int start, int end)
    {
        var slice = ops.GetRange(start, end - start + 1);
        var oldCount = slice.Count(o => o.Op != '+');
        var newCount = slice.Count(o => o.Op != '-');
        var oldStart = oldCount == 0 ? PrecedingOld(ops, start) : slice.First(o => o.Op != '+').Old + 1;
        var newStart = newCount == 0 ? PrecedingNew(ops, start) : slice.First(o => o.Op != '-').New + 1;
        text.Append($"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@\n");
        foreach (var op in slice)
        {
            text.Append(op.Op).Append(op.Line);
            if (!op.Line.EndsWith('\n'))
            {
                text.Append("\n\\ No newline at end of file\n");
            }
        }
    }

    private static int PrecedingOld(List<(char Op, string Line, int Old, int New)> ops, int index) =>
        ops.Take(index).Count(o => o.Op != '+');

    private static int PrecedingNew(List<(char Op, string Line, int Old, int New)> ops, int index) =>
        ops.Take(index).Count(o => o.Op != '-');
}
