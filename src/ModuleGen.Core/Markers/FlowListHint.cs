using System.Text.RegularExpressions;

namespace ModuleGen.Core.Markers;

/// <summary>Explains a missing anchor when the anchor's key is there but holds a non-empty flow-style list
/// (<c>load_from: [{python_file: a.py}]</c>; an empty one is opened by <see cref="EmptyFlowList"/>): turning it into a
/// block list would move its entries outside ModuleGen's marker blocks, an edit removing the block could not undo byte
/// for byte. So ModuleGen refuses, and says how to rewrite the line.</summary>
internal static partial class FlowListHint
{
    /// <summary>Returns the hint for <paramref name="text"/>, or null when no flow list explains the missing anchor.</summary>
    public static string? For(string text, Regex anchor)
    {
        foreach (var (line, number) in MarkerText.Parse(text).Lines.Select((l, i) => (l, i + 1)))
        {
            if (FlowList().Match(line) is { Success: true } match && anchor.IsMatch(match.Groups["key"].Value + ":"))
            {
                var key = match.Groups["key"].Value;
                return $"Line {number} writes '{key}' as a flow-style list ('{Common.Preview.Of(line.Trim())}'); ModuleGen places its block below a block-style '{key}:' line and edits nothing outside its blocks. " +
                    $"Rewrite the line as '{key}:' on its own, with each existing entry on a '- ' line below it (an empty list '[]' needs no rewrite), then try again.";
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]*\[.*$")]
    private static partial Regex FlowList();
}
