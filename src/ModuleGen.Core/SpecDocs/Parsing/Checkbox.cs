using System.Text.RegularExpressions;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Reads the checkbox a list item starts with: <c>- [ ]</c>, <c>- [x]</c>, Kiro's optional <c>- [ ]*</c> and its
/// in-progress <c>- [-]</c> (open, as <c>[~]</c> is).</summary>
/// <param name="Checked">The box's state, or null when the item has none.</param>
/// <param name="Optional">True for <c>[ ]*</c> / <c>[x]*</c>.</param>
/// <param name="Text">The item's first paragraph after the box (and the star), whitespace collapsed.</param>
/// <param name="Line">The paragraph's 1-based line.</param>
internal readonly partial record struct Checkbox(bool? Checked, bool Optional, string Text, int Line)
{
    /// <summary>Reads a list item's first paragraph; null when the item does not start with a paragraph.</summary>
    public static Checkbox? Of(ListItemBlock item)
    {
        if (item.Count == 0 || item[0] is not ParagraphBlock paragraph)
        {
            return null;
        }

        bool? isChecked = paragraph.Inline?.FirstChild is TaskList box ? box.Checked : null;
        var text = InlineText.Plain(paragraph);
        if (isChecked is null && InProgress().Match(text) is { Success: true } m)
        {
            // Markdig's task lists know [ ] and [x] only; Kiro marks a started task [-].
            isChecked = false;
            text = text[m.Length..];
        }

        var optional = isChecked is not null && text.StartsWith('*');
        return new Checkbox(isChecked, optional, optional ? text[1..].TrimStart() : text, paragraph.Line + 1);
    }

    [GeneratedRegex(@"^\[[-~]\]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex InProgress();
}
