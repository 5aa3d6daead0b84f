using ModuleGen.Core.Common;

namespace ModuleGen.Core.Updating;

/// <summary>Merges two edits of one text line by line (the diff3 way): base → ours and base → theirs are diffed, changes
/// that touch different base lines are both applied, and changes that overlap become conflicts unless both sides made
/// the same change. Nothing is dropped: a conflict keeps both sides.</summary>
/// <remarks>DiffPlex gives the two-way line diffs (<see cref="LineDiff"/>). Its own three-way differ is not used: in 1.9.0 it misplaces edits that
/// interleave relative to the base, and we need the conflicts' line ranges anyway. Lines keep their '\n', so a text
/// without a final newline and '\r' characters survive the merge byte for byte.</remarks>
public static class ThreeWayMerge
{
    /// <summary>Merges <paramref name="ours"/> and <paramref name="theirs"/>, both edits of <paramref name="original"/>;
    /// conflicts are written with inline markers (<see cref="ConflictStyle.Inline"/>, with the base section too under
    /// <see cref="ConflictStyle.Diff3"/>) or left as ours, to be reported in a .rej file (<see cref="ConflictStyle.Reject"/>).</summary>
    public static MergeResult Merge(string original, string ours, string theirs, ConflictStyle style, ConflictLabels labels)
    {
        var baseLines = TextLines.Split(original);
        var ourLines = TextLines.Split(ours);
        var theirLines = TextLines.Split(theirs);
        var changes = Changes(baseLines, ourLines, Side.Ours).Concat(Changes(baseLines, theirLines, Side.Theirs))
            .OrderBy(c => c.Start).ThenBy(c => c.End).ThenBy(c => c.Side).ToList();

        var output = new List<string>();
        var conflicts = new List<MergeConflict>();
        var position = 0;
        for (var i = 0; i < changes.Count;)
        {
            var (start, end) = (changes[i].Start, changes[i].End);
            var group = new List<Change> { changes[i++] };
            while (i < changes.Count && Overlaps(changes[i], start, end))
            {
                end = Math.Max(end, changes[i].End);
                group.Add(changes[i++]);
            }

            output.AddRange(baseLines[position..start]);
            position = end;
            var mine = Version(baseLines, start, end, group.Where(c => c.Side == Side.Ours));
            var yours = Version(baseLines, start, end, group.Where(c => c.Side == Side.Theirs));
            if (group.All(c => c.Side == Side.Ours) || mine.SequenceEqual(yours, StringComparer.Ordinal))
            {
                output.AddRange(mine);
            }
            else if (group.All(c => c.Side == Side.Theirs))
            {
                output.AddRange(yours);
            }
            else
            {
                conflicts.Add(Conflict(output, baseLines[start..end], mine, yours, start, style, labels));
            }
        }

        output.AddRange(baseLines[position..]);
        return new MergeResult(string.Concat(output), conflicts);
    }

    private static MergeConflict Conflict(List<string> output, string[] original, List<string> mine, List<string> yours, int baseStart, ConflictStyle style, ConflictLabels labels)
    {
        var first = output.Count + 1;
        if (style == ConflictStyle.Reject)
        {
            output.AddRange(mine);
            return new MergeConflict(first, first + mine.Count - 1, baseStart + 1, original, mine, yours);
        }

        // The layout of git's merge-file (merge.conflictStyle=merge or diff3), so editors and merge tools that read
        // git's conflicts read these too.
        output.Add($"{ConflictMarkers.Ours} {labels.Ours}\n");
        output.AddRange(Terminated(mine));
        if (style == ConflictStyle.Diff3)
        {
            output.Add($"{ConflictMarkers.Base} {labels.Base}\n");
            output.AddRange(Terminated([.. original]));
        }

        output.Add($"{ConflictMarkers.Separator}\n");
        output.AddRange(Terminated(yours));
        output.Add($"{ConflictMarkers.Theirs} {labels.Theirs}\n");
        return new MergeConflict(first, output.Count, baseStart + 1, original, mine, yours);
    }

    // A marker must start its own line, so a side whose last line has no newline gets one inside the conflict.
    private static IEnumerable<string> Terminated(List<string> lines) =>
        lines.Select((l, i) => i == lines.Count - 1 && !l.EndsWith('\n') ? l + "\n" : l);

    // Two changes overlap when they touch a common base line, or when one inserts exactly where the other starts or
    // ends (the order of the two insertions would be a guess).
    private static bool Overlaps(Change next, int start, int end) =>
        next.Start < end || next.Start == end && (next.Start == next.End || start == end);

    private static List<string> Version(string[] baseLines, int start, int end, IEnumerable<Change> side)
    {
        var lines = new List<string>();
        var position = start;
        foreach (var change in side)
        {
            lines.AddRange(baseLines[position..change.Start]);
            lines.AddRange(change.Lines);
            position = change.End;
        }

        lines.AddRange(baseLines[position..end]);
        return lines;
    }

    private static IEnumerable<Change> Changes(string[] baseLines, string[] other, Side side)
    {
        return LineDiff.Blocks(baseLines, other).Select(b => new Change(side, b.OldStart, b.OldStart + b.OldCount, other[b.NewStart..(b.NewStart + b.NewCount)]));
    }

    private enum Side
    {
        Ours,
        Theirs,
    }

    private sealed record Change(Side Side, int Start, int End, string[] Lines);
}
