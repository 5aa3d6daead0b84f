using System.Buffers;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Parses spec documents with one Markdig pipeline: task lists (checkboxes), pipe tables, precise locations.</summary>
internal static partial class SpecMarkdown
{
    /// <summary>The size, in characters, below which a document is parsed whole.</summary>
    internal const int ChunkSize = 16 * 1024;

    /// <summary>The characters at which some inline parser of the pipeline may start (<c>*</c>, <c>[</c>, <c>`</c>, <c>|</c>,
    /// …), or null when one parser may start anywhere; set by <see cref="Build"/>.</summary>
    private static SearchValues<char>? s_inlineStarts;

    private static readonly MarkdownPipeline s_pipeline = Build();

    /// <summary>Builds the pipeline, and has paragraphs and headings without inline markup skip inline parsing.</summary>
    /// <remarks>Most lines of a spec document are plain text (titles, statements, "Detail one"); parsing their inlines
    /// only made a literal per line, at about a third of the whole parse's cost. Such a leaf keeps its lines instead,
    /// and <see cref="InlineText"/> reads them as those literals. Which characters count as markup is asked of the
    /// pipeline's own inline parsers (after Build, which initializes them), so an extension added later is respected.</remarks>
    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder().UseTaskLists().UsePipeTables().UsePreciseSourceLocation();
        var pipeline = builder.Build();
        // Nothing is rendered: the HTML classes of task lists only cost every checkbox item an attribute object. (The
        // extensions add their parsers in Build.)
        var taskLists = builder.InlineParsers.Find<TaskListInlineParser>()!;
        (taskLists.ListClass, taskLists.ListItemClass) = ("", "");
        var starts = new HashSet<char>();
        foreach (var parser in builder.InlineParsers)
        {
            if (parser is Markdig.Parsers.Inlines.LiteralInlineParser)
            {
                continue;
            }

            if (parser.OpeningCharacters is not { Length: > 0 } opening)
            {
                return pipeline;
            }

            // The pipe-table parser also starts at ':' and at line ends, but acts there only once the leaf has had a '|'
            // (a ':' then aligns a column); without one it leaves both to the others.
            starts.UnionWith(parser is PipeTableParser ? ['|'] : opening);
        }

        // A line break is where one line of the leaf ends and the next begins: InlineText puts a space there.
        starts.ExceptWith(['\n', '\r']);
        s_inlineStarts = SearchValues.Create([.. starts.Order()]);
        builder.BlockParsers.Find<ParagraphBlockParser>()!.Closed += SkipPlainInlines;
        builder.BlockParsers.Find<HeadingBlockParser>()!.Closed += SkipPlainInlines;
        return pipeline;
    }

    private static void SkipPlainInlines(BlockProcessor processor, Block block)
    {
        if (block is not LeafBlock leaf || s_inlineStarts is not { } starts)
        {
            return;
        }

        var lines = leaf.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines.Lines[i].Slice.AsSpan().ContainsAny(starts))
            {
                return;
            }
        }

        leaf.ProcessInlines = false;
    }

    public static MarkdownDocument Parse(string text) => Markdown.Parse(text, s_pipeline);

    /// <summary>Returns the top-level blocks of a document, in order, as the whole document's parse would give them (lines
    /// and positions included), parsing a large document a piece at a time.</summary>
    /// <remarks>A reader that walks the top-level blocks once keeps only the piece it is in: the syntax tree of a 2 MB
    /// document is about 30 MB, and keeping it whole made check_docs touch several times the memory it needs, which
    /// cost more than the parse itself. A piece ends just before a heading line (<c>#</c> in the first column), where
    /// CommonMark closes every open block, and only where that line is not inside a code fence or an HTML block. A
    /// document with link reference definitions (<c>[x]: url</c>), which links anywhere in it may use, or with HTML
    /// blocks that run past blank lines (<c>&lt;pre&gt;</c>, <c>&lt;script&gt;</c>, <c>&lt;?</c>, …), is parsed whole.</remarks>
    public static IEnumerable<Block> ParseBlocks(string text)
    {
        if (text.Length <= ChunkSize || ReferenceDefinition().IsMatch(text) || RawHtmlBlock().IsMatch(text))
        {
            foreach (var block in Parse(text))
            {
                yield return block;
            }

            yield break;
        }

        var start = 0;
        var startLine = 0;
        foreach (var (end, endLine) in Pieces(text))
        {
            var piece = Parse(text[start..end]);
            foreach (var block in piece)
            {
                Shift(block, startLine, start);
                yield return block;
            }

            (start, startLine) = (end, endLine);
        }
    }

    /// <summary>Returns where each piece of a large document ends (a character offset and the 0-based line there): before
    /// a first-column heading line outside code fences and HTML blocks, once the piece has <see cref="ChunkSize"/>
    /// characters; the last piece ends at the end of the text.</summary>
    private static IEnumerable<(int End, int Line)> Pieces(string text)
    {
        var start = 0;
        var line = 0;
        char fence = '\0';
        var fenceLength = 0;
        var html = false;
        var comment = false;
        for (var at = 0; at < text.Length; line++)
        {
            var next = text.IndexOf('\n', at);
            var end = next < 0 ? text.Length : next;
            var content = text.AsSpan(at, end - at).TrimEnd('\r');
            var indented = content.TrimStart(' ');
            var margin = content.Length - indented.Length;
            if (comment)
            {
                comment = !content.Contains("-->", StringComparison.Ordinal);
            }
            else if (fence != '\0')
            {
                // A closing fence: the opening character, at least as many, then nothing but spaces.
                if (margin <= 3 && FenceLength(indented, fence) >= fenceLength && indented.TrimStart(fence).Trim(' ').IsEmpty)
                {
                    fence = '\0';
                }
            }
            else if (indented.IsEmpty)
            {
                html = false;
            }
            else if (margin <= 3 && (FenceLength(indented, '`') >= 3 || FenceLength(indented, '~') >= 3))
            {
                fence = indented[0];
                fenceLength = FenceLength(indented, fence);
            }
            else if (margin <= 3 && indented[0] == '<')
            {
                html = true;
                comment = indented.StartsWith("<!--", StringComparison.Ordinal) && !indented[4..].Contains("-->", StringComparison.Ordinal);
            }
            else if (!html && margin == 0 && at - start >= ChunkSize && IsHeading(content))
            {
                yield return (at, line);
                start = at;
            }

            at = next < 0 ? text.Length : next + 1;
        }

        yield return (text.Length, line);
    }

    private static int FenceLength(ReadOnlySpan<char> line, char fence)
    {
        var length = 0;
        while (length < line.Length && line[length] == fence)
        {
            length++;
        }

        return length;
    }

    /// <summary>Tells whether a line is an ATX heading: one to six <c>#</c>, then a space, a tab or the end of the line.</summary>
    private static bool IsHeading(ReadOnlySpan<char> line)
    {
        var level = FenceLength(line, '#');
        return level is >= 1 and <= 6 && (line.Length == level || line[level] is ' ' or '\t');
    }

    /// <summary>Moves a block parsed from a piece to where it is in the whole document.</summary>
    private static void Shift(Block block, int lines, int chars)
    {
        block.Line += lines;
        block.Span = new SourceSpan(block.Span.Start + chars, block.Span.End + chars);
        switch (block)
        {
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Shift(child, lines, chars);
                }

                break;
            case LeafBlock { Inline: { } inline }:
                // The root of a leaf's inlines has a line only in some blocks (table cells); Markdig leaves it 0 in the
                // others, and a piece never starts with a table.
                if (inline.Line != 0)
                {
                    inline.Line += lines;
                }

                inline.Span = new SourceSpan(inline.Span.Start + chars, inline.Span.End + chars);
                for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
                {
                    Shift(child, lines, chars);
                }

                break;
        }
    }

    private static void Shift(Inline inline, int lines, int chars)
    {
        inline.Line += lines;
        inline.Span = new SourceSpan(inline.Span.Start + chars, inline.Span.End + chars);
        if (inline is ContainerInline container)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                Shift(child, lines, chars);
            }
        }
    }

    /// <summary>Matches a link reference definition: <c>[label]: destination</c> at the start of a line.</summary>
    [GeneratedRegex(@"^ {0,3}\[[^\]\n]+\]:", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceDefinition();

    /// <summary>Matches the start of an HTML block that only its closing marker ends (blank lines do not): <c>&lt;pre&gt;</c>,
    /// <c>&lt;script&gt;</c>, <c>&lt;style&gt;</c>, <c>&lt;textarea&gt;</c>, <c>&lt;?</c>, <c>&lt;!DOCTYPE</c>, CDATA
    /// (comments are followed line by line).</summary>
    [GeneratedRegex(@"^ {0,3}<(?:(?:pre|script|style|textarea)(?:[\s>]|$)|\?|![A-Z\[])", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RawHtmlBlock();
}
