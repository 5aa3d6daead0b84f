using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Reads scenarios (<c>### SCEN-{M}-N: Title</c>) with their phase section and WHEN/THEN/AND steps, written as
/// bullets or as paragraph lines (<c>**Then** …</c>).</summary>
internal static class ScenariosParser
{
    private static readonly IReadOnlySet<IdKind> s_kinds = new HashSet<IdKind> { IdKind.Scenario };

    public static IReadOnlyList<Scenario> Parse(IEnumerable<Block> blocks, DocumentBuilder builder) =>
        SectionReader.Read(blocks, builder, s_kinds, defines: true)
            .Select(s => new Scenario(s.Id, s.Title, s.Section, ScenarioSteps.Of(s.Body), s.References))
            .ToArray();
}
