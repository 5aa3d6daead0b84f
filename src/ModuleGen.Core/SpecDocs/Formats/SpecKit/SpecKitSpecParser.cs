using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Parsing;

namespace ModuleGen.Core.SpecDocs.Formats.SpecKit;

/// <summary>Reads spec-kit's spec.md: <c>### User Story N - Title (Priority: PN)</c> headings, the numbered
/// <c>**Acceptance Scenarios**:</c> under each (Given/When/Then, often on one line), and <c>**FR-001**:</c> /
/// <c>**SC-001**:</c> items; every other FR, SC or US in the text is a citation.</summary>
internal static partial class SpecKitSpecParser
{
    public static void Parse(MarkdownDocument markdown, DocumentBuilder builder, List<Requirement> requirements, List<Scenario> scenarios)
    {
        SpecId? story = null;
        var storyLevel = 0;
        var inAcceptance = false;
        foreach (var block in markdown)
        {
            builder.Note(block);
            switch (block)
            {
                case HeadingBlock heading:
                    var text = InlineText.Plain(heading);
                    if (StoryHeading().Match(text) is { Success: true } m && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                    {
                        var id = new IdOccurrence(new SpecId(IdKind.Story, n), $"User Story {n}", builder.File, heading.Line + 1, heading.Column + heading.Level + 2);
                        builder.Define(id);
                        requirements.Add(new Requirement(id, m.Groups[2].Value.Trim(), [], []));
                        (story, storyLevel, inAcceptance) = (id.Id, heading.Level, false);
                        continue;
                    }

                    if (Label(text) == "acceptance scenarios")
                    {
                        inAcceptance = story is not null;
                        continue;
                    }

                    if (story is not null && heading.Level <= storyLevel)
                    {
                        story = null;
                    }

                    inAcceptance = false;
                    builder.Reference(SpecKitIds.Scan(InlineText.Segments(heading), builder.File, tasks: false));
                    break;
                case ParagraphBlock paragraph:
                    var label = Label(InlineText.Plain(paragraph));
                    if (label is not null)
                    {
                        inAcceptance = label == "acceptance scenarios" && story is not null;
                    }

                    Items([paragraph], builder, requirements);
                    break;
                case ListBlock list when inAcceptance && story is { } owner:
                    Scenarios(list, owner, builder, scenarios);
                    inAcceptance = false;
                    break;
                case ListBlock list:
                    Items(list.OfType<ListItemBlock>().Select(i => (Block)i), builder, requirements);
                    break;
                default:
                    builder.Reference(SpecKitIds.Scan(InlineText.Segments(block), builder.File, tasks: false));
                    break;
            }
        }
    }

    /// <summary>Reads list items (or paragraphs) that define an FR or SC; every other ID in them is a citation.</summary>
    private static void Items(IEnumerable<Block> items, DocumentBuilder builder, List<Requirement> requirements)
    {
        foreach (var item in items)
        {
            var segments = InlineText.Segments(item);
            var ids = SpecKitIds.Scan(segments, builder.File, tasks: false);
            var text = InlineText.Plain(item);
            var defined = SpecKitIds.Leading(text, IdKind.Requirement) ?? SpecKitIds.Leading(text, IdKind.SuccessCriterion);
            if (defined is { } d && ids.FirstOrDefault(o => o.Id == d.Id) is { } at)
            {
                builder.Define(at);
                ids.Remove(at);
                var statement = text[(text.IndexOf(d.Text, StringComparison.Ordinal) + d.Text.Length)..].TrimStart('*', '_', ':', ' ');
                requirements.Add(new Requirement(at, statement, Normative.Keywords(statement), ids.ToArray()));
            }

            builder.Reference(ids);
        }
    }

    /// <summary>Reads the numbered acceptance scenarios of a story: one scenario per item, its steps from the
    /// Given/When/Then words in it.</summary>
    private static void Scenarios(ListBlock list, SpecId story, DocumentBuilder builder, List<Scenario> scenarios)
    {
        var index = 0;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            index++;
            var number = item.Order > 0 ? item.Order : index;
            var text = InlineText.Plain(item);
            var ids = SpecKitIds.Scan(InlineText.Segments(item), builder.File, tasks: false);
            builder.Reference(ids);
            var id = new IdOccurrence(new SpecId(IdKind.Scenario, story.Number, number), $"US{story.Number}-AS{number}", builder.File, item.Line + 1, item.Column + 1);
            scenarios.Add(new Scenario(id, text, null, ScenarioSteps.InLine(text, item.Line + 1), ids) { Parent = story });
        }
    }

    /// <summary>Returns a bold label's words in lower case (<c>**Acceptance Scenarios**:</c> → "acceptance scenarios"), or null.</summary>
    private static string? Label(string text)
    {
        var m = LabelText().Match(text);
        return m.Success ? m.Groups[1].Value.Trim().ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"^(?:User\s+Story|US)\s*([0-9]{1,4})\b\s*[-–—:.]?\s*(.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StoryHeading();

    [GeneratedRegex(@"^(Acceptance Scenarios|Why this priority|Independent Test|Edge Cases|Functional Requirements|Success Criteria|Key Entities|Requirements|Measurable Outcomes)\b\s*(?::|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelText();
}
