using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Reads scenarios (<c>### SCEN-{M}-N: Title</c>) with their phase section and WHEN/THEN/AND steps, written as
/// bullets or as paragraph lines (<c>**Then** …</c>).</summary>
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
        foreach (var block in body)
        {
            // A bullet is one step (its first line names the keyword); a paragraph may hold one step per line.
            var lines = block switch
            {
                ListBlock list => list.OfType<ListItemBlock>().Select(i => i.FirstOrDefault()).OfType<ParagraphBlock>()
                    .Select(p => (Text: InlineText.Plain(p.Inline), Line: p.Line + 1)),
                ParagraphBlock paragraph => Lines(paragraph),
                _ => [],
            };
            foreach (var (text, line) in lines)
            {
                var space = text.IndexOf(' ', StringComparison.Ordinal);
                var word = (space < 0 ? text : text[..space]).Trim('*', '_', ':').ToUpperInvariant();
                if (s_keywords.Contains(word, StringComparer.Ordinal))
                {
                    steps.Add(new ScenarioStep(word, space < 0 ? "" : text[(space + 1)..].Trim(), line));
                }
            }
        }

        return steps;
    }

    private static IEnumerable<(string Text, int Line)> Lines(ParagraphBlock paragraph) =>
        InlineText.Segments(paragraph.Inline!)
            .GroupBy(s => s.Line)
            .Select(g => (string.Join(' ', string.Concat(g.Select(s => s.Text)).Split(' ', StringSplitOptions.RemoveEmptyEntries)), g.Key));
}
