using System.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Reads the text of Markdig blocks and inlines as located segments; code blocks and HTML are skipped
/// (they hold examples, not statements), inline code is kept (IDs are often written as <c>`REQ-1`</c>).</summary>
internal static class InlineText
{
    /// <summary>Returns the text segments of a block and everything inside it, in document order.</summary>
    public static IEnumerable<TextSegment> Segments(Block block)
    {
        switch (block)
        {
            case CodeBlock or HtmlBlock:
                yield break;
            case LeafBlock { Inline: { } inline }:
                foreach (var s in Segments(inline))
                {
                    yield return s;
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    foreach (var s in Segments(child))
                    {
                        yield return s;
                    }
                }

                break;
        }
    }

    /// <summary>Returns the text segments of an inline tree; line breaks become a space.</summary>
    public static IEnumerable<TextSegment> Segments(Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                yield return new TextSegment(literal.Content.ToString(), literal.Line + 1, literal.Column + 1);
                break;
            case CodeInline code:
                yield return new TextSegment(code.Content, code.Line + 1, code.Column + 1 + code.DelimiterCount);
                break;
            case LineBreakInline br:
                yield return new TextSegment(" ", br.Line + 1, br.Column + 1);
                break;
            case HtmlEntityInline entity:
                yield return new TextSegment(entity.Transcoded.ToString(), entity.Line + 1, entity.Column + 1);
                break;
            case TaskList or HtmlInline or AutolinkInline:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    foreach (var s in Segments(child))
                    {
                        yield return s;
                    }
                }

                break;
        }
    }

    /// <summary>Returns the plain text of a block, whitespace collapsed.</summary>
    public static string Plain(Block block) => Collapse(Segments(block));

    /// <summary>Returns the plain text of an inline tree, whitespace collapsed.</summary>
    public static string Plain(Inline? inline) => inline is null ? "" : Collapse(Segments(inline));

    private static string Collapse(IEnumerable<TextSegment> segments)
    {
        var text = new StringBuilder();
        foreach (var s in segments)
        {
            text.Append(s.Text);
        }

        return string.Join(' ', text.ToString().Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
    }
}
