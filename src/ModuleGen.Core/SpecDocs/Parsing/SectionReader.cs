using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Walks a document's top-level blocks and cuts it into sections headed by an ID of the wanted kinds,
/// tracking the phase section (<c>## PHASE-M-01</c> or <c>## Phase 1</c>) each one sits in.</summary>
internal static class SectionReader
{
    /// <summary>Reads the sections; heading IDs count as definitions when <paramref name="defines"/> is true.</summary>
    public static IReadOnlyList<DefinedSection> Read(MarkdownDocument markdown, DocumentBuilder builder, IReadOnlySet<IdKind> kinds, bool defines)
    {
        var sections = new List<DefinedSection>();
        Draft? open = null;
        PhaseSection? phase = null;
        var phaseLevel = 0;
        foreach (var block in markdown)
        {
            var tokens = builder.Tokens(block);
            if (block is HeadingBlock heading)
            {
                var text = InlineText.Plain(heading.Inline);
                if (open is not null && heading.Level <= open.Level)
                {
                    sections.Add(open.Close());
                    open = null;
                }

                if (tokens.Count > 0 && kinds.Contains(tokens[0].Id.Kind) && text.StartsWith(tokens[0].Text, StringComparison.Ordinal))
                {
                    open = new Draft(tokens[0], Title(text, tokens[0].Text), phase, heading.Level);
                    if (defines)
                    {
                        builder.Define(tokens[0]);
                        tokens.RemoveAt(0);
                    }

                    builder.Reference(tokens);
                    open.References.AddRange(tokens);
                    continue;
                }

                if (open is null && PhaseHeading.Number(text, tokens) is { } number)
                {
                    phase = new PhaseSection(number, text, builder.File, heading.Line + 1);
                    phaseLevel = heading.Level;
                    builder.AddPhase(phase);
                }
                else if (open is null && phase is not null && heading.Level <= phaseLevel)
                {
                    phase = null;
                }
            }

            builder.Reference(tokens);
            open?.References.AddRange(tokens);
            open?.Body.Add(block);
        }

        if (open is not null)
        {
            sections.Add(open.Close());
        }

        return sections;
    }

    private static string Title(string heading, string id) => heading[id.Length..].Trim().TrimStart(':', '-', '–', '—', '.').Trim();

    private sealed class Draft(IdOccurrence id, string title, PhaseSection? section, int level)
    {
        public int Level { get; } = level;

        public List<Block> Body { get; } = [];

        public List<IdOccurrence> References { get; } = [];

        public DefinedSection Close() => new(id, title, section, Body.ToArray(), References.ToArray());
    }
}
