using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Parsing;

namespace ModuleGen.Core.SpecDocs.Formats.Kiro;

/// <summary>Reads Kiro's tasks.md: <c>- [ ] N. Title</c> tasks and <c>- [ ] N.M Title</c> subtasks (nested below their
/// task or written beside it), <c>[ ]*</c> marking an optional one, and the citations in the bullets under each.</summary>
internal static partial class KiroTasksParser
{
    public static void Parse(MarkdownDocument markdown, DocumentBuilder builder, List<SpecTask> tasks)
    {
        var drafts = new List<Draft>();
        foreach (var block in markdown)
        {
            builder.Note(block);
            if (block is ListBlock list)
            {
                Visit(list, builder, drafts);
            }
        }

        tasks.AddRange(drafts.Select(d => d.Close()));
    }

    private static void Visit(ListBlock list, DocumentBuilder builder, List<Draft> drafts)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            if (Checkbox.Of(item) is not { Checked: not null } box || Number().Match(box.Text) is not { Success: true } m)
            {
                // Detail bullets: their citations belong to the task (or subtask) they sit under.
                var found = Citations(item, builder.File, nestedTasks: false);
                builder.Reference(found);
                drafts.LastOrDefault()?.Cite(found);
                continue;
            }

            var n = int.Parse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            var minor = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
            var title = box.Text[m.Length..].Trim();
            var cited = Citations(item, builder.File, nestedTasks: false);
            builder.Reference(cited);
            if (minor == 0 || drafts.Count == 0)
            {
                var id = new IdOccurrence(new SpecId(IdKind.Task, n, minor), m.Groups[0].Value.Trim().TrimEnd('.'), builder.File, box.Line, item.Column + 1);
                builder.Define(id);
                drafts.Add(new Draft(id, title, box));
                drafts[^1].Cite(cited);
            }
            else
            {
                drafts[^1].Add(new Subtask($"{n}.{minor}", n, minor, box.Checked, title, cited, box.Line) { Optional = box.Optional, NestedDone = NestedDone(item) });
            }

            foreach (var nested in item.OfType<ListBlock>())
            {
                VisitNested(nested, builder, drafts);
            }
        }
    }

    /// <summary>Visits a list under a task: numbered checkboxes are subtasks, other bullets were read with their parent.</summary>
    private static void VisitNested(ListBlock list, DocumentBuilder builder, List<Draft> drafts)
    {
        if (list.OfType<ListItemBlock>().Any(i => Checkbox.Of(i) is { Checked: not null } b && Number().IsMatch(b.Text)))
        {
            Visit(list, builder, drafts);
        }
    }

    /// <summary>Returns the citations in an item's own text and its detail bullets, not in nested numbered checkboxes.</summary>
    private static List<IdOccurrence> Citations(ListItemBlock item, string file, bool nestedTasks)
    {
        var found = new List<IdOccurrence>();
        foreach (var child in item)
        {
            if (child is ListBlock nested)
            {
                foreach (var sub in nested.OfType<ListItemBlock>())
                {
                    if (nestedTasks || !(Checkbox.Of(sub) is { Checked: not null } b && Number().IsMatch(b.Text)))
                    {
                        found.AddRange(Citations(sub, file, nestedTasks));
                    }
                }

                continue;
            }

            foreach (var segment in InlineText.Segments(child))
            {
                KiroCitations.Scan(segment, file, found);
            }
        }

        return found;
    }

    private static bool NestedDone(ListItemBlock item) =>
        item.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()).All(i => Checkbox.Of(i) is not { Checked: false, Optional: false } && NestedDone(i));

    [GeneratedRegex(@"^([0-9]{1,4})(?:\.([0-9]{1,4}))?\.?(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    private sealed class Draft(IdOccurrence id, string title, Checkbox box)
    {
        private readonly List<Subtask> _subtasks = [];
        private readonly List<IdOccurrence> _references = [];

        public void Add(Subtask subtask)
        {
            _subtasks.Add(subtask);
            _references.AddRange(subtask.References);
        }

        public void Cite(IEnumerable<IdOccurrence> ids) => _references.AddRange(ids);

        public SpecTask Close() => new(id, title, null, _subtasks.ToArray(), _references.ToArray()) { Checked = box.Checked, Optional = box.Optional };
    }
}
