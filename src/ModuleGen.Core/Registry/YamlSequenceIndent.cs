using System.Text.RegularExpressions;
using ModuleGen.Core.Markers;

namespace ModuleGen.Core.Registry;

/// <summary>Mirrors the indentation of the list a block joins: a PyYAML-style file writes <c>- grpc_server:</c> at
/// column 0 under <c>load_from:</c> (an indentless sequence), so a block written with the pack's two spaces would end
/// the list. The block's lines move by the difference between the first sibling item's indentation and the pack's.</summary>
internal static class YamlSequenceIndent
{
    public static (string Content, int Indent) Match(string text, Regex? anchor, string content, int indent)
    {
        var lines = MarkerText.Parse(text).Lines;
        var after = anchor is null ? null : MarkerBlock.AnchorIndex(text, anchor);
        if (after is null)
        {
            return (content, indent);
        }

        var sibling = lines.Skip(after.Value).FirstOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));
        var trimmed = sibling?.TrimStart();
        if (sibling is null || !(trimmed == "-" || trimmed!.StartsWith("- ", StringComparison.Ordinal)))
        {
            return (content, indent);
        }

        var delta = sibling.Length - trimmed.Length - indent;
        if (delta == 0 || indent + delta < 0)
        {
            return (content, indent);
        }

        var moved = content.Split('\n').Select(line => line.Length == 0 ? line : delta > 0 ? new string(' ', delta) + line : line[Math.Min(-delta, line.Length - line.TrimStart(' ').Length)..]);
        return (string.Join('\n', moved), indent + delta);
    }
}
