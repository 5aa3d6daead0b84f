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

    public static IReadOnlyList<SpecTask> Parse(IEnumerable<Block> blocks, DocumentBuilder builder) =>
        SectionReader.Read(blocks, builder, s_kinds, defines: true, numberedTasks: true)
            .Select(s => new SpecTask(s.Id, s.Title, s.Section, Subtasks(s, builder), s.References) { HasId = s.HasId })
            .ToArray();

    private static IReadOnlyList<Subtask> Subtasks(DefinedSection section, DocumentBuilder builder)
    {
        var subtasks = new List<Subtask>();
        foreach (var item in section.Body.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()))
        {
            if (Checkbox.Of(item) is not { } box)
            {
                continue;
            }

            var m = SubtaskNumber().Match(box.Text);
            var references = builder.Peek(item);
            subtasks.Add((m.Success
                ? new Subtask($"{m.Groups[1].Value}.{m.Groups[2].Value}", Parse(m.Groups[1].Value), Parse(m.Groups[2].Value), box.Checked, box.Text[m.Length..].Trim(), references, box.Line)
                : new Subtask(null, null, null, box.Checked, box.Text, references, box.Line)) with { Optional = box.Optional });
        }

        return subtasks;
    }

    private static int? Parse(string digits) => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"^([0-9]+)\.([0-9]+)\.?(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SubtaskNumber();
}
