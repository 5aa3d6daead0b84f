using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Reads a design document: headings that name a phase define it; every other ID is a reference.</summary>
internal static class DesignParser
{
    /// <summary>Reads the document; phase headings are recorded as definitions when <paramref name="definesPhases"/>.</summary>
    public static void Parse(IEnumerable<Block> blocks, DocumentBuilder builder, bool definesPhases)
    {
        foreach (var block in blocks)
        {
            var tokens = builder.Tokens(block);
            if (definesPhases && block is HeadingBlock heading && PhaseHeading.Number(InlineText.Plain(heading), tokens) is { } number)
            {
                builder.AddPhase(new PhaseSection(number, InlineText.Plain(heading), builder.File, heading.Line + 1));
                foreach (var phase in tokens.Where(t => t.Id.Kind == IdKind.Phase))
                {
                    builder.Define(phase);
                }

                tokens.RemoveAll(t => t.Id.Kind == IdKind.Phase);
            }

            builder.Reference(tokens);
        }
    }
}
