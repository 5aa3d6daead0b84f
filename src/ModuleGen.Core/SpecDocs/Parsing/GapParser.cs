using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Reads INTENT_VS_ACTUAL.md: <c>### SCEN-{M}-N: Title</c> entries with Intent, Actual and Gap bullets.</summary>
internal static class GapParser
{
    private static readonly IReadOnlySet<IdKind> s_kinds = new HashSet<IdKind> { IdKind.Requirement, IdKind.Scenario, IdKind.Task };

    public static IReadOnlyList<GapEntry> Parse(IEnumerable<Block> blocks, DocumentBuilder builder) =>
        SectionReader.Read(blocks, builder, s_kinds, defines: false)
            .Select(s =>
            {
                var bullets = s.Body.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()).Select(InlineText.Plain).ToArray();
                return new GapEntry(s.Id, s.Title, Field(bullets, "Intent"), Field(bullets, "Actual"), Field(bullets, "Gap"));
            })
            .ToArray();

    private static string? Field(IReadOnlyList<string> bullets, string name) =>
        bullets.FirstOrDefault(b => b.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase)) is { } bullet
            ? bullet[(name.Length + 1)..].Trim()
            : null;
}
