using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Reads TASKS.md: <c>### TASK-{M}-N: Title</c> headings (or numbered ones without an ID, <c>### 1. Title</c>)
/// in phase sections, with their <c>- [ ] N.M</c> subtasks (<c>N.M.</c> with a trailing dot too).</summary>
internal static partial class TasksParser
{
    private static readonly IReadOnlySet<IdKind> s_kinds = new HashSet<IdKind> { IdKind.Task };

    public static IReadOnlyList<SpecTask> Parse(IEnumerable<Block> blocks, DocumentBuilder builder)
    {
        var tasks = new List<SpecTask>();
        foreach (var s in SectionReader.Read(blocks, builder, s_kinds, defines: true, numberedTasks: true))
        {
            tasks.Add(new SpecTask(s.Id, s.Title, s.Section, Subtasks(s), s.References) { HasId = s.HasId });
        }

        return tasks;
    }

    /// <summary>Reads the checkbox items of the section's lists; each cites what the section read on its lines.</summary>
    private static IReadOnlyList<Subtask> Subtasks(DefinedSection section)
    {
        var subtasks = new List<Subtask>();
        for (var b = 0; b < section.Body.Count; b++)
        {
            if (section.Body[b] is not ListBlock list)
            {
                continue;
            }

            var citations = ItemCitations.Split(list, section.References, b + 1 < section.Body.Count ? section.Body[b + 1].Line + 1 : int.MaxValue);
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is ListItemBlock item && Checkbox.Of(item) is { } box)
                {
                    subtasks.Add(Subtask(box, citations[i]));
                }
            }
        }

        return subtasks;
    }

    private static Subtask Subtask(Checkbox box, IReadOnlyList<IdOccurrence> references)
    {
        foreach (var m in SubtaskNumber().EnumerateMatches(box.Text))
        {
            // The match is N.M or N.M. : the number as written is N.M, the text what follows it.
            var number = box.Text.AsSpan(m.Index, m.Length).TrimEnd('.');
            var dot = number.IndexOf('.');
            return new Subtask(number.ToString(), Parse(number[..dot]), Parse(number[(dot + 1)..]), box.Checked, box.Text.AsSpan(m.Length).Trim().ToString(), references, box.Line)
            {
                Optional = box.Optional,
            };
        }

        return new Subtask(null, null, null, box.Checked, box.Text, references, box.Line) { Optional = box.Optional };
    }

    private static int? Parse(ReadOnlySpan<char> digits) => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"^[0-9]+\.[0-9]+\.?(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SubtaskNumber();
}
