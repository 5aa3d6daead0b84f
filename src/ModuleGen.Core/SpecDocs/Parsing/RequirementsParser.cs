using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Reads requirements (<c>### REQ-{M}-N: Title</c> and the text below) with their normative keywords.</summary>
internal static class RequirementsParser
{
    private static readonly IReadOnlySet<IdKind> s_kinds = new HashSet<IdKind> { IdKind.Requirement };

    public static IReadOnlyList<Requirement> Parse(IEnumerable<Block> blocks, DocumentBuilder builder) =>
        SectionReader.Read(blocks, builder, s_kinds, defines: true)
            .Select(s => new Requirement(s.Id, s.Title, Normative.Keywords(s.Title + " " + string.Join(' ', s.Body.Select(InlineText.Plain))), s.References))
            .ToArray();
}
