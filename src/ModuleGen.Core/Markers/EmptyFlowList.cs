using System.Text.RegularExpressions;

namespace ModuleGen.Core.Markers;

/// <summary>Lets a block join a list written as an empty flow list (<c>load_from: []</c>, <c>load_from: [ ]</c>) and
/// gives the line back when the last block leaves. Opening rewrites the line as the block-style key (<c>load_from:</c>)
/// followed by a record line <c># modulegen:was load_from: []</c> holding the original line verbatim; blocks go
/// between the two (the anchor stops at the record, as at every modulegen line). Closing, after a block is removed,
/// turns a key line directly followed by its record — no entry left between them or below — back into the original
/// line, so add then remove is byte for byte the file as it was. A non-empty flow list is not rewritten (its entries
/// would have to move outside any block); <see cref="FlowListHint"/> explains that refusal.</summary>
internal static partial class EmptyFlowList
{
    private const string Record = "# modulegen:was ";

    /// <summary>Returns the text with the empty flow list whose key <paramref name="anchor"/> matches opened, or null
    /// when there is none.</summary>
    public static string? Open(string text, Regex anchor)
    {
        var lines = MarkerText.Parse(text);
        for (var i = 0; i < lines.Count; i++)
        {
            if (Empty().Match(lines.Lines[i]) is { Success: true } match && anchor.IsMatch(match.Groups["key"].Value + ":"))
            {
                var original = lines.Lines[i];
                lines.Lines[i] = match.Groups["key"].Value + ":";
                lines.Lines.Insert(i + 1, Record + original);
                lines.Terminators.Insert(i + 1, lines.Terminators[i].Length > 0 ? lines.Terminators[i] : lines.NewLine);
                if (lines.Terminators[i].Length == 0)
                {
                    // The flow list ended the file without a newline: the record line takes that place, so closing
                    // can give the missing newline back.
                    lines.Terminators[i] = lines.NewLine;
                    lines.Terminators[i + 1] = "";
                }

                return lines.ToString();
            }
        }

        return null;
    }

    /// <summary>Returns the text with every opened list that holds no entry any more closed again (the original line
    /// back in place of the key line and its record), or the text unchanged.</summary>
    public static string Close(string text)
    {
        if (!text.Contains(Record, StringComparison.Ordinal))
        {
            return text;
        }

        var lines = MarkerText.Parse(text);
        for (var i = 1; i < lines.Count; i++)
        {
            if (!lines.Lines[i].StartsWith(Record, StringComparison.Ordinal) || Empty().Match(lines.Lines[i][Record.Length..]) is not { Success: true } match ||
                lines.Lines[i - 1] != match.Groups["key"].Value + ":" || HasEntryBelow(lines, i))
            {
                continue;
            }

            lines.Lines[i - 1] = lines.Lines[i][Record.Length..];
            lines.Terminators[i - 1] = lines.Terminators[i];
            lines.Lines.RemoveAt(i);
            lines.Terminators.RemoveAt(i);
        }

        return lines.ToString();
    }

    /// <summary>Tells whether the first line below the record that is neither blank nor a comment is a list entry or
    /// indented content (an entry added by hand keeps the list open: closing would make the file invalid).</summary>
    private static bool HasEntryBelow(MarkerText lines, int record)
    {
        var next = lines.Lines.Skip(record + 1).FirstOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));
        return next is not null && (next[0] is ' ' or '\t' || next.StartsWith('-'));
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]*\[[ \t]*\][ \t]*(#.*)?$")]
    private static partial Regex Empty();
}
