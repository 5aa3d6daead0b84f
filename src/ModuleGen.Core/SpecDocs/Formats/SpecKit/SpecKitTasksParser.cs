using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Parsing;

namespace ModuleGen.Core.SpecDocs.Formats.SpecKit;

/// <summary>Reads spec-kit's tasks.md: <c>## Phase N: …</c> sections and <c>- [ ] T001 [P] [US1] Description</c>
/// checkbox lines. A task cites what its line names (<c>[US1]</c>, FR-003, T012) and the user story its phase heading
/// names ("Phase 3: User Story 1"). IDs outside task lines and phase headings (the template's format notes,
/// dependency summaries) are prose, not citations.</summary>
internal static partial class SpecKitTasksParser
{
    public static void Parse(MarkdownDocument markdown, DocumentBuilder builder, List<SpecTask> tasks)
    {
        PhaseSection? phase = null;
        var phaseLevel = 0;
        IReadOnlyList<IdOccurrence> phaseStories = [];
        foreach (var block in markdown)
        {
            builder.Note(block);
            if (block is HeadingBlock heading)
            {
                var text = InlineText.Plain(heading);
                if (PhaseHeading().Match(text) is { Success: true } m && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    phase = new PhaseSection(n, text, builder.File, heading.Line + 1);
                    phaseLevel = heading.Level;
                    builder.AddPhase(phase);
                    phaseStories = SpecKitIds.Scan(InlineText.Segments(heading), builder.File, tasks: false).Where(o => o.Id.Kind == IdKind.Story).ToArray();
                    builder.Reference(phaseStories);
                }
                else if (phase is not null && heading.Level <= phaseLevel)
                {
                    (phase, phaseStories) = (null, []);
                }

                continue;
            }

            if (block is ListBlock list)
            {
                Tasks(list, builder, phase, phaseStories, tasks);
            }
        }
    }

    private static void Tasks(ListBlock list, DocumentBuilder builder, PhaseSection? phase, IReadOnlyList<IdOccurrence> phaseStories, List<SpecTask> tasks)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var box = Checkbox.Of(item);
            if (box is not { Checked: not null } b || SpecKitIds.Leading(b.Text, IdKind.Task) is not { } own || Range().IsMatch(b.Text[(b.Text.IndexOf(own.Text, StringComparison.Ordinal) + own.Text.Length)..]))
            {
                // A checkbox naming a range ("T001-T006: Project setup", a summary list) cites tasks; it defines none.
                if (box is { Checked: not null } summary && SpecKitIds.Leading(summary.Text, IdKind.Task) is not null)
                {
                    builder.Reference(SpecKitIds.Scan(InlineText.Segments(item), builder.File, tasks: true));
                    continue;
                }

                // A bullet that is not a task line may still hold task lines below it.
                foreach (var nested in item.OfType<ListBlock>())
                {
                    Tasks(nested, builder, phase, phaseStories, tasks);
                }

                continue;
            }

            var ids = SpecKitIds.Scan(InlineText.Segments(item), builder.File, tasks: true);
            var at = ids.FirstOrDefault(o => o.Id == own.Id) ?? new IdOccurrence(own.Id, own.Text, builder.File, b.Line, item.Column + 1);
            ids.Remove(at);
            builder.Define(at);
            builder.Reference(ids);
            var title = b.Text[(b.Text.IndexOf(own.Text, StringComparison.Ordinal) + own.Text.Length)..].Trim();
            var cited = phaseStories.Any(p => !ids.Any(o => o.Id == p.Id)) ? [.. ids, .. phaseStories.Where(p => !ids.Any(o => o.Id == p.Id))] : ids;
            tasks.Add(new SpecTask(at, title, phase, [], cited) { Checked = b.Checked });
        }
    }

    [GeneratedRegex(@"^\s*(?:[-–—]|to\b|,|and\b)\s*T[0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    [GeneratedRegex(@"^Phase\s+([0-9]{1,3})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhaseHeading();
}
