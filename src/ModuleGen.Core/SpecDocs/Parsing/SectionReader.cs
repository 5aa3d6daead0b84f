using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Walks a document's top-level blocks and cuts it into sections headed by an ID of the wanted kinds,
/// tracking the phase section (<c>## PHASE-M-01</c> or <c>## Phase 1</c>) each one sits in.</summary>
/// <remarks>Besides <c>### SCEN-M-01: Title</c> it reads the variants authors write: <c>### [SCEN-M-01] Title</c>,
/// a bold paragraph <c>**SCEN-M-01: Title**</c> as the definition, and (for tasks) numbered headings without an ID,
/// <c>### 1. Title</c> or <c>### Task 1: Title</c>.</remarks>
internal static partial class SectionReader
{
    /// <summary>Reads the sections, each as soon as it ends (a caller that turns each into its model and drops it keeps only
    /// one section's blocks); heading IDs count as definitions when <paramref name="defines"/> is true; numbered
    /// headings without an ID open task sections when <paramref name="numberedTasks"/> is true.</summary>
    public static IEnumerable<DefinedSection> Read(IEnumerable<Block> blocks, DocumentBuilder builder, IReadOnlySet<IdKind> kinds, bool defines, bool numberedTasks = false)
    {
        Draft? open = null;
        PhaseSection? phase = null;
        var phaseLevel = 0;
        foreach (var block in blocks)
        {
            var tokens = builder.Tokens(block);
            if (block is HeadingBlock heading)
            {
                var text = InlineText.Plain(heading);
                if (open is not null && heading.Level <= open.Level)
                {
                    yield return open.Close();
                    open = null;
                }

                if (Leading(text, tokens, kinds) is { } id)
                {
                    open = Open(id, Title(text, id.Text), phase, heading.Level, hasId: true, tokens, builder, defines);
                    continue;
                }

                if (open is null && PhaseHeading.Number(text, tokens) is { } number)
                {
                    phase = new PhaseSection(number, text, builder.File, heading.Line + 1);
                    phaseLevel = heading.Level;
                    builder.AddPhase(phase);
                    builder.Reference(tokens);
                    continue;
                }

                if (open is null && numberedTasks && NumberedTask().Match(text) is { Success: true } numbered &&
                    int.TryParse(numbered.Groups[1].Value + numbered.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
                {
                    var at = new IdOccurrence(new SpecId(IdKind.Task, n), text, builder.File, heading.Line + 1, heading.Column + heading.Level + 2);
                    open = Open(at, numbered.Groups[3].Value.Trim(), phase, heading.Level, hasId: false, tokens, builder, defines);
                    continue;
                }

                if (open is null && phase is not null && heading.Level <= phaseLevel)
                {
                    phase = null;
                }
            }
            else if (block is ParagraphBlock paragraph && BoldDefinition(paragraph, tokens, kinds) is (IdOccurrence boldId, string title))
            {
                if (open is not null)
                {
                    yield return open.Close();
                }

                // A bold-paragraph definition has no heading level: the next heading or definition ends it.
                open = Open(boldId, title, phase, int.MaxValue, hasId: true, tokens, builder, defines);
                open.Body.Add(block);
                continue;
            }

            builder.Reference(tokens);
            open?.References.AddRange(tokens);
            open?.Body.Add(block);
        }

        if (open is not null)
        {
            yield return open.Close();
        }
    }

    private static Draft Open(IdOccurrence id, string title, PhaseSection? phase, int level, bool hasId, List<IdOccurrence> tokens, DocumentBuilder builder, bool defines)
    {
        var open = new Draft(id, title, phase, level, hasId);
        if (hasId && defines)
        {
            builder.Define(tokens[0]);
            tokens.RemoveAt(0);
        }

        builder.Reference(tokens);
        open.References.AddRange(tokens);
        return open;
    }

    /// <summary>Returns the heading's first token when it opens the heading, after nothing but brackets or markup.</summary>
    private static IdOccurrence? Leading(string text, IReadOnlyList<IdOccurrence> tokens, IReadOnlySet<IdKind> kinds)
    {
        if (tokens.Count == 0 || !kinds.Contains(tokens[0].Id.Kind))
        {
            return null;
        }

        var at = text.IndexOf(tokens[0].Text, StringComparison.Ordinal);
        return at >= 0 && text.AsSpan(0, at).Trim("[(*_` ").IsEmpty ? tokens[0] : null;
    }

    /// <summary>Recognises <c>**SCEN-M-01: Title**</c> opening a paragraph: the ID and the title inside the bold span.</summary>
    private static (IdOccurrence Id, string Title)? BoldDefinition(ParagraphBlock paragraph, IReadOnlyList<IdOccurrence> tokens, IReadOnlySet<IdKind> kinds)
    {
        // The bold span must fill its line, so "**TASK-M-3** comes first" in a body stays a citation.
        if (paragraph.Inline?.FirstChild is not EmphasisInline { DelimiterCount: 2 } bold || bold.NextSibling is not (null or LineBreakInline))
        {
            return null;
        }

        var text = InlineText.Plain(bold);
        return Leading(text, tokens, kinds) is { } id ? (id, Title(text, id.Text)) : null;
    }

    private static string Title(string heading, string id)
    {
        var at = heading.IndexOf(id, StringComparison.Ordinal);
        return heading.AsSpan(at + id.Length).Trim().TrimStart("])*_`:-–—.").Trim().ToString();
    }

    /// <summary>Matches a task heading without an ID: <c>1. Title</c>, <c>1: Title</c>, <c>Task 1: Title</c>.</summary>
    [GeneratedRegex(@"^(?:Task\s+([0-9]{1,6})(?:[.:)](?![0-9])|\s+[-–—])?|([0-9]{1,6})[.:)](?![0-9]))\s*(.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberedTask();

    private sealed class Draft(IdOccurrence id, string title, PhaseSection? section, int level, bool hasId)
    {
        public int Level { get; } = level;

        public List<Block> Body { get; } = [];

        public List<IdOccurrence> References { get; } = [];

        /// <summary>Hands the section its lists (the draft is dropped once closed).</summary>
        public DefinedSection Close() => new(id, title, section, Body, References, hasId);
    }
}
