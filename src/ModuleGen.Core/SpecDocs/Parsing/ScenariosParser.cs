using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Reads scenarios (<c>### SCEN-{M}-N: Title</c>) with their phase section and WHEN/THEN/AND bullets.</summary>
internal static class ScenariosParser
{
    private static readonly IReadOnlySet<IdKind> s_kinds = new HashSet<IdKind> { IdKind.Scenario };
    private static readonly string[] s_keywords = ["GIVEN", "WHEN", "THEN", "AND", "BUT"];

    public static IReadOnlyList<Scenario> Parse(MarkdownDocument markdown, DocumentBuilder builder) =>
        SectionReader.Read(markdown, builder, s_kinds, defines: true)
            .Select(s => new Scenario(s.Id, s.Title, s.Section, Steps(s.Body), s.References))
            .ToArray();

    private static IReadOnlyList<ScenarioStep> Steps(IReadOnlyList<Block> body)
    {
        var steps = new List<ScenarioStep>();
        foreach (var item in body.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()))
        {
            if (item.FirstOrDefault() is not ParagraphBlock paragraph)
            {
                continue;
            }

            var text = InlineText.Plain(paragraph.Inline);
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            var word = (space < 0 ? text : text[..space]).Trim('*', '_', ':').ToUpperInvariant();
            if (s_keywords.Contains(word, StringComparer.Ordinal))
            {
                steps.Add(new ScenarioStep(word, space < 0 ? "" : text[(space + 1)..].Trim(), paragraph.Line + 1));
            }
        }

        return steps;
    }
}
