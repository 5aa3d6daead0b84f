using System.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Reads the text of Markdig blocks and inlines as located segments; code blocks and HTML are skipped
/// (they hold examples, not statements), inline code is kept (IDs are often written as <c>`REQ-1`</c>).</summary>
/// <remarks>Segments are collected into lists rather than yielded through nested iterators: a 20,000-requirement
/// document walks millions of inlines.</remarks>
internal static class InlineText
{
    /// <summary>Returns the text segments of a block and everything inside it, in document order.</summary>
    public static List<TextSegment> Segments(Block block)
    {
        var segments = new List<TextSegment>();
        Collect(block, segments);
        return segments;
    }

    /// <summary>Returns the text segments of an inline tree; line breaks become a space.</summary>
    public static List<TextSegment> Segments(Inline inline)
    {
        var segments = new List<TextSegment>();
        Collect(inline, segments);
        return segments;
    }

    /// <summary>Fills <paramref name="into"/> (cleared first) with the text segments of an inline tree, for a caller that
    /// reads one leaf after another and keeps none of them.</summary>
    public static void Segments(Inline inline, List<TextSegment> into)
    {
        into.Clear();
        Collect(inline, into);
    }

    /// <summary>Returns the leaf blocks (paragraphs, headings) inside a block, in document order; code and HTML are skipped.</summary>
    public static List<LeafBlock> Leaves(Block block)
    {
        var leaves = new List<LeafBlock>();
        CollectLeaves(block, leaves);
        return leaves;
    }

    /// <summary>Returns the plain text of a block, whitespace collapsed.</summary>
    public static string Plain(Block block)
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
        return Collapse(segments);
    }

    /// <summary>The segments and characters <see cref="Plain(Block)"/> works in, reused: it runs for every heading,
    /// bullet and paragraph of a set, and only the string it returns is kept.</summary>
    [ThreadStatic]
    private static List<TextSegment>? t_segments;

    [ThreadStatic]
    private static StringBuilder? t_text;

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
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Collect(child, segments);
                }

                return;
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

    private static string Collapse(List<TextSegment> segments)
    {
        var text = t_text ??= new StringBuilder();
        text.Clear();
        var space = false;
        foreach (var s in segments)
        {
            foreach (var c in s.Span)
            {
                if (c is ' ' or '\t' or '\n' or '\r')
                {
                    space = text.Length > 0;
                    continue;
                }

                if (space)
                {
                    text.Append(' ');
                    space = false;
                }

                text.Append(c);
            }
        }

        return text.ToString();
    }
}
