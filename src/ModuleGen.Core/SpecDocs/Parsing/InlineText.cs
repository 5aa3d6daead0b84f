using Markdig.Extensions.TaskLists;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Reads the text of Markdig blocks and inlines as located segments; code blocks and HTML are skipped
/// (they hold examples, not statements), inline code is kept (IDs are often written as <c>`REQ-1`</c>).</summary>
/// <remarks>Segments are collected into lists rather than yielded through nested iterators: a 20,000-requirement
/// document walks millions of inlines. A paragraph or heading with no inline markup has no inlines at all (see
/// <see cref="SpecMarkdown"/>): its lines are its text, one segment per line, as Markdig's literals would give them.</remarks>
internal static class InlineText
{
    /// <summary>Returns the text segments of a block and everything inside it, in document order.</summary>
    public static List<TextSegment> Segments(Block block)
    {
        var segments = new List<TextSegment>();
        Collect(block, segments);
        return segments;
    }

    /// <summary>Fills <paramref name="into"/> (cleared first) with the text segments of a leaf, for a caller that reads
    /// one leaf after another and keeps none of them.</summary>
    public static void Segments(LeafBlock leaf, List<TextSegment> into)
    {
        into.Clear();
        Collect(leaf, into);
    }

    /// <summary>Tells whether a leaf has text to read: inlines, or the raw lines of a paragraph or heading without markup.</summary>
    public static bool HasText(LeafBlock leaf) => leaf.Inline is not null || IsPlain(leaf);

    /// <summary>Returns the leaf blocks (paragraphs, headings) inside a block, in document order; code and HTML are skipped.</summary>
    public static List<LeafBlock> Leaves(Block block)
    {
        var leaves = new List<LeafBlock>();
        CollectLeaves(block, leaves);
        return leaves;
    }

    /// <summary>Returns the plain text of a block, whitespace collapsed.</summary>
    public static string Plain(Block block) => Look(block).ToString();

    /// <summary>Returns the plain text of a block, whitespace collapsed, in a buffer the next call reuses: for a caller
    /// that only looks at the text, or keeps a part of it.</summary>
    public static ReadOnlySpan<char> Look(Block block)
    {
        var segments = Scratch();
        Collect(block, segments);
        return Collapse(segments);
    }

    /// <summary>Returns the plain text of an inline tree, whitespace collapsed.</summary>
    public static string Plain(Inline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var segments = Scratch();
        Collect(inline, segments);
        return Collapse(segments).ToString();
    }

    /// <summary>The segments and characters <see cref="Look"/> and the Plain methods work in, reused: they run for every
    /// heading, bullet and paragraph of a set, and only the string returned, if any, is kept.</summary>
    [ThreadStatic]
    private static List<TextSegment>? t_segments;

    [ThreadStatic]
    private static char[]? t_text;

    private static List<TextSegment> Scratch()
    {
        var segments = t_segments ??= [];
        segments.Clear();
        return segments;
    }

    private static void Collect(Block block, List<TextSegment> segments)
    {
        switch (block)
        {
            case CodeBlock or HtmlBlock:
                return;
            case LeafBlock { Inline: { } inline }:
                Collect(inline, segments);
                return;
            case LeafBlock leaf when IsPlain(leaf):
                CollectLines(leaf, segments);
                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Collect(child, segments);
                }

                return;
        }
    }

    /// <summary>Tells whether a leaf is a paragraph or heading whose inlines were not parsed because it has no markup.</summary>
    private static bool IsPlain(LeafBlock leaf) => leaf is ParagraphBlock or HeadingBlock && leaf.Inline is null && !leaf.ProcessInlines;

    /// <summary>Adds a plain leaf's lines as Markdig's literals would be: each line from where its text starts (the
    /// paragraph's close trimmed the indentation), at the leaf's line plus its index, trailing blanks left out, and a
    /// space where a line ends.</summary>
    private static void CollectLines(LeafBlock leaf, List<TextSegment> segments)
    {
        var lines = leaf.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            ref var line = ref lines.Lines[i];
            var slice = line.Slice;
            if (i > 0)
            {
                segments.Add(new TextSegment(" ", leaf.Line + i, line.Column));
            }

            var length = slice.Length;
            while (length > 0 && slice.Text[slice.Start + length - 1] is ' ' or '\t')
            {
                length--;
            }

            if (length > 0)
            {
                segments.Add(new TextSegment(slice.Text.AsMemory(slice.Start, length), leaf.Line + i + 1, line.Column + 1));
            }
        }
    }

    private static void Collect(Inline inline, List<TextSegment> segments)
    {
        switch (inline)
        {
            case LiteralInline literal:
                segments.Add(new TextSegment(Slice(literal.Content), literal.Line + 1, literal.Column + 1));
                return;
            case CodeInline code:
                segments.Add(new TextSegment(code.Content, code.Line + 1, code.Column + 1 + code.DelimiterCount));
                return;
            case LineBreakInline br:
                segments.Add(new TextSegment(" ", br.Line + 1, br.Column + 1));
                return;
            case HtmlEntityInline entity:
                segments.Add(new TextSegment(Slice(entity.Transcoded), entity.Line + 1, entity.Column + 1));
                return;
            case TaskList or HtmlInline or AutolinkInline:
                return;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Collect(child, segments);
                }

                return;
        }
    }

    /// <summary>Returns the text of a slice without copying it.</summary>
    private static ReadOnlyMemory<char> Slice(StringSlice slice) =>
        slice.Text is null || slice.Length <= 0 ? ReadOnlyMemory<char>.Empty : slice.Text.AsMemory(slice.Start, slice.Length);

    private static void CollectLeaves(Block block, List<LeafBlock> leaves)
    {
        switch (block)
        {
            case CodeBlock or HtmlBlock:
                return;
            case LeafBlock leaf:
                leaves.Add(leaf);
                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    CollectLeaves(child, leaves);
                }

                return;
        }
    }

    private static ReadOnlySpan<char> Collapse(List<TextSegment> segments)
    {
        var text = t_text ??= new char[256];
        var length = 0;
        var space = false;
        foreach (var s in segments)
        {
            // At most one space and the segment's characters are added.
            if (length + s.Value.Length + 1 > text.Length)
            {
                Array.Resize(ref text, Math.Max(text.Length * 2, length + s.Value.Length + 1));
                t_text = text;
            }

            foreach (var c in s.Span)
            {
                if (c is ' ' or '\t' or '\n' or '\r')
                {
                    space = length > 0;
                    continue;
                }

                if (space)
                {
                    text[length++] = ' ';
                    space = false;
                }

                text[length++] = c;
            }
        }

        return text.AsSpan(0, length);
    }
}
