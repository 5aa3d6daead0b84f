using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Parsing;

namespace ModuleGen.Core.SpecDocs.Formats.OpenSpec;

/// <summary>Reads an OpenSpec change's tasks.md: <c>## N. Group</c> headings with <c>- [ ] N.M</c> checkboxes (nested
/// ones count toward their parent), or checkboxes under any heading.</summary>
internal static partial class OpenSpecTasksParser
{
    public static IReadOnlyList<SpecTask> Parse(MarkdownDocument markdown, DocumentBuilder builder)
    {
        var tasks = new List<SpecTask>();
        IdOccurrence? group = null;
        string title = "";
        var items = new List<Subtask>();
        void Close()
        {
            if (items.Count > 0)
            {
                group ??= new IdOccurrence(new SpecId(IdKind.Task, 0), "tasks", builder.File, items[0].Line, 1);
                tasks.Add(new SpecTask(group, title, null, items.ToArray(), []));
            }

            (group, title) = (null, "");
            items.Clear();
        }

        foreach (var block in markdown)
        {
            builder.Note(block);
            if (block is HeadingBlock heading)
            {
                Close();
                var text = InlineText.Plain(heading);
                title = text;
                if (Group().Match(text) is { Success: true } m)
                {
                    group = new IdOccurrence(new SpecId(IdKind.Task, int.Parse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture)), m.Groups[1].Value,
                        builder.File, heading.Line + 1, heading.Column + heading.Level + 2);
                }

                continue;
            }

            if (block is ListBlock list)
            {
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    if (Checkbox.Of(item) is { Checked: not null } box)
                    {
                        var m = Number().Match(box.Text);
                        items.Add(new Subtask(m.Success ? m.Value : null, null, null, box.Checked, box.Text, [], box.Line) { NestedDone = NestedDone(item) });
                    }
                }
            }
        }

        Close();
        return tasks;
    }

    private static bool NestedDone(ListItemBlock item) =>
        item.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()).All(i => Checkbox.Of(i) is not { Checked: false } && NestedDone(i));

    [GeneratedRegex(@"^([0-9]{1,4})[.)]?\s", RegexOptions.CultureInvariant)]
    private static partial Regex Group();

    [GeneratedRegex(@"^[0-9]+(?:\.[0-9]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
