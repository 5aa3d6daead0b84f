using System.Buffers;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Parses spec documents with one Markdig pipeline: task lists (checkboxes), pipe tables, precise locations.</summary>
internal static partial class SpecMarkdown
{
    /// <summary>The size, in bytes of UTF-8, below which a document is parsed whole (and from which a piece may end).</summary>
    internal const int ChunkSize = 16 * 1024;

    /// <summary>The characters at which some inline parser of the pipeline may start (<c>*</c>, <c>[</c>, <c>`</c>, <c>|</c>,
    /// …), or null when one parser may start anywhere; set by <see cref="Build"/>.</summary>
    private static SearchValues<char>? s_inlineStarts;

    private static readonly MarkdownPipeline s_pipeline = Build();

    /// <summary>Builds the pipeline, and has paragraphs and headings without inline markup skip inline parsing.</summary>
    /// <remarks>Most lines of a spec document are plain text (titles, statements, "Detail one"); parsing their inlines
    /// only made a literal per line, with the inline parser's bookkeeping for each. Such a leaf keeps its lines instead,
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

    /// <summary>Returns the top-level blocks of a UTF-8 document (a byte order mark is skipped), in order, as the whole
    /// document's parse would give them (lines and character positions included), parsing a large document a piece at a
    /// time.</summary>
    /// <remarks>A reader that walks the top-level blocks once keeps only the piece it is in: the syntax tree of a 2 MB
    /// document is about 30 MB, and keeping it whole made check_docs touch several times the memory it needs, which
    /// cost more than the parse itself. Each piece is decoded on its own, so the document's text is never held whole
    /// either. A piece ends just before a heading line (<c>#</c> in the first column), where CommonMark closes every
    /// open block, and only where that line is not inside a code fence or an HTML block. A document with link reference
    /// definitions (<c>[x]: url</c>), which links anywhere in it may use, or with HTML blocks that run past blank lines
    /// (<c>&lt;pre&gt;</c>, <c>&lt;script&gt;</c>, <c>&lt;?</c>, …), is parsed whole. The markers looked for are ASCII,
    /// and no byte of a multi-byte UTF-8 character is, so the bytes are scanned as the characters would be.</remarks>
    public static IEnumerable<Block> ParseBlocks(byte[] utf8)
    {
        var skip = RegularFile.TextStart(utf8);
        if (utf8.Length - skip <= ChunkSize || MustParseWhole(utf8, skip))
        {
            foreach (var block in Parse(RegularFile.Decode(utf8)))
            {
                yield return block;
            }

            yield break;
        }

        var (start, startLine, startChar) = (skip, 0, 0);
        foreach (var (end, endLine) in Pieces(utf8, skip))
        {
            // A piece ends after a line end, never inside a character: decoding the pieces gives the whole text's characters.
            var text = RegularFile.DecodePart(utf8.AsSpan(start, end - start));
            foreach (var block in Parse(text))
            {
                Shift(block, startLine, startChar);
                yield return block;
            }

            (start, startLine, startChar) = (end, endLine, startChar + text.Length);
        }
    }

    /// <summary>Tells whether some line holds a link reference definition or starts an HTML block that blank lines do not
    /// end; only the few lines that start with <c>[</c> or <c>&lt;</c> are decoded and matched.</summary>
    private static bool MustParseWhole(byte[] utf8, int start)
    {
        for (var at = start; at < utf8.Length;)
        {
            var next = Array.IndexOf(utf8, (byte)'\n', at);
            var end = next < 0 ? utf8.Length : next;
            var content = utf8.AsSpan(at, end - at);
            var indented = content.TrimStart((byte)' ');
            if (content.Length - indented.Length <= 3 && !indented.IsEmpty && indented[0] is (byte)'[' or (byte)'<')
            {
                var line = RegularFile.DecodePart(content);
                if (ReferenceDefinition().IsMatch(line) || RawHtmlBlock().IsMatch(line))
                {
                    return true;
                }
            }

            at = end + 1;
        }

        return false;
    }

    /// <summary>Returns where each piece of a large document ends (a byte offset and the 0-based line there): before a
    /// first-column heading line outside code fences and HTML blocks, once the piece has <see cref="ChunkSize"/> bytes;
    /// the last piece ends at the end of the document.</summary>
    private static IEnumerable<(int End, int Line)> Pieces(byte[] utf8, int from)
    {
        var start = from;
        var line = 0;
        byte fence = 0;
        var fenceLength = 0;
        var html = false;
        var comment = false;
        for (var at = from; at < utf8.Length; line++)
        {
            var next = Array.IndexOf(utf8, (byte)'\n', at);
            var end = next < 0 ? utf8.Length : next;
            var content = utf8.AsSpan(at, end - at).TrimEnd((byte)'\r');
            var indented = content.TrimStart((byte)' ');
            var margin = content.Length - indented.Length;
            if (comment)
            {
                comment = content.IndexOf("-->"u8) < 0;
            }
            else if (fence != 0)
            {
                // A closing fence: the opening character, at least as many, then nothing but spaces.
                if (margin <= 3 && FenceLength(indented, fence) >= fenceLength && indented.TrimStart(fence).Trim((byte)' ').IsEmpty)
                {
                    fence = 0;
                }
            }
            else if (indented.IsEmpty)
            {
                html = false;
            }
            else if (margin <= 3 && (FenceLength(indented, (byte)'`') >= 3 || FenceLength(indented, (byte)'~') >= 3))
            {
                fence = indented[0];
                fenceLength = FenceLength(indented, fence);
            }
            else if (margin <= 3 && indented[0] == (byte)'<')
            {
                html = true;
                comment = indented.StartsWith("<!--"u8) && indented[4..].IndexOf("-->"u8) < 0;
            }
            else if (!html && margin == 0 && at - start >= ChunkSize && IsHeading(content))
            {
                yield return (at, line);
                start = at;
            }

            at = next < 0 ? utf8.Length : next + 1;
        }

        yield return (utf8.Length, line);
    }

    private static int FenceLength(ReadOnlySpan<byte> line, byte fence)
    {
        var length = 0;
        while (length < line.Length && line[length] == fence)
        {
            length++;
        }

        return length;
    }

    /// <summary>Tells whether a line is an ATX heading: one to six <c>#</c>, then a space, a tab or the end of the line.</summary>
    private static bool IsHeading(ReadOnlySpan<byte> line)
    {
        var level = FenceLength(line, (byte)'#');
        return level is >= 1 and <= 6 && (line.Length == level || line[level] is (byte)' ' or (byte)'\t');
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
