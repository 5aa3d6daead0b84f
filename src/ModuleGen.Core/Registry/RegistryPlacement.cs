using System.Text.RegularExpressions;
using ModuleGen.Core.Markers;

namespace ModuleGen.Core.Registry;

/// <summary>Finds where a new registry block goes: after the last sibling of its kind (a <c>load_from</c> item, a
/// <c>[[workspace.projects]]</c> element), so it never lands after an unrelated table such as <c>[cli]</c> or between
/// a comment and the entry the comment describes. When that place is the end of a file whose last line has no final
/// newline, the block goes before the last sibling instead (and before the comments above it), so no byte outside the
/// block changes. ModuleGen's own marker lines count as part of the entries they wrap.</summary>
internal static partial class RegistryPlacement
{
    /// <summary>Returns the 0-based line a block joining the block-style list under <paramref name="key"/> goes before,
    /// or null when the key has no block list with items (the anchor decides).</summary>
    public static int? AfterLastListItem(string text, Regex key)
    {
        var parsed = MarkerText.Parse(text);
        var lines = parsed.Lines;
        var anchor = lines.FindIndex(key.IsMatch);
        if (anchor < 0)
        {
            return null;
        }

        var keyIndent = Indent(lines[anchor]);
        int? dash = null;
        int? lastItem = null;
        var lastContent = anchor;
        for (var i = anchor + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || (trimmed.StartsWith('#') && !IsMarker(trimmed)))
            {
                // A comment indented into an item belongs to it (a commented-out key); one at the list's indent describes what follows.
                lastContent = trimmed.Length > 0 && dash is not null && Indent(line) > dash ? i : lastContent;
                continue;
            }

            var indent = Indent(line);
            var isItem = trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-";
            dash ??= isItem && indent >= keyIndent ? indent : null;
            if (dash is null)
            {
                return null;
            }

            if (isItem && indent == dash)
            {
                lastItem = IsMarker(lines[Math.Max(i - 1, 0)].TrimStart()) && StartsBlock(lines[i - 1]) ? i - 1 : i;
            }
            else if (indent <= dash && !IsMarker(trimmed))
            {
                break;
            }

            lastContent = i;
        }

        return lastItem is null ? null : Settle(parsed, lastContent + 1, CommentsAbove(lines, lastItem.Value));
    }

    /// <summary>Returns the 0-based line a new <c>[[table]]</c> element goes before: after the last element of
    /// <paramref name="arrayTable"/>, else after <paramref name="parentTable"/>'s own lines; null when the file has
    /// neither (the block goes at the end).</summary>
    public static int? AfterLastTableElement(string text, string arrayTable, string parentTable)
    {
        var parsed = MarkerText.Parse(text);
        var lines = parsed.Lines;
        var headers = lines.Select((line, i) => (Name: HeaderName(line), Index: i)).Where(h => h.Name is not null).ToArray();
        var last = headers.LastOrDefault(h => h.Name == $"[[{arrayTable}]]");
        var start = last.Name is not null ? last.Index : headers.LastOrDefault(h => h.Name == $"[{parentTable}]").Index;
        if (last.Name is null && headers.All(h => h.Name != $"[{parentTable}]"))
        {
            return null;
        }

        // The element ends before the next header; comments right above that header describe the next table.
        var next = headers.FirstOrDefault(h => h.Index > start).Name is null ? lines.Count : headers.First(h => h.Index > start).Index;
        var end = start;
        for (var i = start + 1; i < next; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (trimmed.Length > 0 && (!trimmed.StartsWith('#') || IsMarker(trimmed)))
            {
                end = i;
            }
        }

        var first = start > 0 && IsMarker(lines[start - 1].TrimStart()) && StartsBlock(lines[start - 1]) ? start - 1 : start;
        return Settle(parsed, end + 1, CommentsAbove(lines, first));
    }

    // At the end of a file whose last line has no newline the block goes before the last sibling, which keeps that line.
    private static int Settle(MarkerText parsed, int after, int before) =>
        after >= parsed.Count && parsed.Count > 0 && parsed.Terminators[parsed.Count - 1].Length == 0 ? before : after;

    private static int CommentsAbove(List<string> lines, int index)
    {
        while (index > 0 && lines[index - 1].TrimStart() is { } above && above.StartsWith('#') && !IsMarker(above))
        {
            index--;
        }

        return index;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static bool IsMarker(string trimmed) => trimmed.Contains(" modulegen:", StringComparison.Ordinal) && (trimmed.Contains(">>>", StringComparison.Ordinal) || trimmed.Contains("<<<", StringComparison.Ordinal));

    private static bool StartsBlock(string line) => line.Contains(">>> modulegen:", StringComparison.Ordinal);

    private static string? HeaderName(string line)
    {
        var match = Header().Match(line);
        return match.Success ? match.Groups["open"].Value + Regex.Replace(match.Groups["name"].Value, @"\s+", "") + match.Groups["close"].Value : null;
    }

    [GeneratedRegex(@"^\s*(?<open>\[\[?)\s*(?<name>[A-Za-z0-9_.\-""' ]+?)\s*(?<close>\]\]?)\s*(#.*)?$")]
    private static partial Regex Header();
}
