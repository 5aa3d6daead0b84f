using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Reads requirements (<c>### REQ-{M}-N: Title</c> and the text below) with their normative keywords.</summary>
internal static class RequirementsParser
{
    private static readonly IReadOnlySet<IdKind> s_kinds = new HashSet<IdKind> { IdKind.Requirement };

    public static IReadOnlyList<Requirement> Parse(IEnumerable<Block> blocks, DocumentBuilder builder)
    {
        var requirements = new List<Requirement>();
        foreach (var s in SectionReader.Read(blocks, builder, s_kinds, defines: true))
        {
            // The keywords of the title and of each block of the body, in order of first use.
            List<string>? keywords = null;
            Normative.Add(s.Title, ref keywords);
            foreach (var block in s.Body)
            {
                Normative.Add(InlineText.Look(block), ref keywords);
            }

            requirements.Add(new Requirement(s.Id, s.Title, keywords is null ? [] : keywords, s.References));
        }

        return requirements;
    }
}
