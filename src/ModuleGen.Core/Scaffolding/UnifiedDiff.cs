using System.Text;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Writes a unified diff (3 lines of context) between two texts from the line diff of <see cref="LineDiff"/>
/// (DiffPlex); deterministic, so the same inputs always give the same diff. Lines are compared with their line ending
/// ("\n", "\r\n" or none for a last line without one), so a CRLF file, or a last line that gains or loses its final
/// newline, diffs to a patch that git apply and patch turn into exactly the new text: a line without a final newline
/// is followed by "\ No newline at end of file" right where it stands.</summary>
public static class UnifiedDiff
{
    public const int Context = 3;

    /// <summary>Returns the diff of <paramref name="oldText"/> (null: the file does not exist) to <paramref name="newText"/>
    /// (null: the file is deleted), or "" when equal; creations and deletions name /dev/null as git writes them.</summary>
    public static string Create(string path, string? oldText, string? newText)
    {
        if (oldText == newText)
        {
            return "";
        }

        var ops = Align(TextLines.Split(oldText ?? ""), TextLines.Split(newText ?? ""));
        var text = new StringBuilder();
        text.Append(oldText is null ? "--- /dev/null\n" : $"--- a/{path}\n").Append(newText is null ? "+++ /dev/null\n" : $"+++ b/{path}\n");
        foreach (var (start, end) in Hunks(ops))
        {
            WriteHunk(text, ops, start, end);
        }

        return text.ToString();
    }

    // Every line in order: kept (' '), removed ('-') or added ('+'); a changed region lists its removals first.
    private static List<(char Op, string Line, int Old, int New)> Align(string[] a, string[] b)
    {
        var ops = new List<(char, string, int, int)>(a.Length + b.Length);
        int x = 0, y = 0;
        foreach (var block in LineDiff.Blocks(a, b))
        {
            while (x < block.OldStart)
            {
                ops.Add((' ', a[x], x++, y++));
            }

            for (var i = 0; i < block.OldCount; i++)
            {
                ops.Add(('-', a[x], x++, -1));
            }

            for (var j = 0; j < block.NewCount; j++)
            {
                ops.Add(('+', b[y], -1, y++));
            }
        }

        while (x < a.Length)
        {
            ops.Add((' ', a[x], x++, y++));
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
