using FluentAssertions;
using Markdig;
using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Parsing;
using Xunit;

namespace ModuleGen.Core.Tests.SpecDocs;

/// <summary>Paragraphs and headings without inline markup skip Markdig's inline parsing (SpecMarkdown) and are read
/// from their lines (InlineText): every reader must see exactly the text, lines and columns the inline parse gives.</summary>
public sealed class PlainLeafTests
{
    /// <summary>The spec pipeline's extensions, without the skip: what the plain leaves must read like.</summary>
    private static readonly MarkdownPipeline s_reference =
        new MarkdownPipelineBuilder().UseTaskLists().UsePipeTables().UsePreciseSourceLocation().Build();

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Join(RepoPaths.Root, "tests"), "*.md", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parse_EveryTestDocument_PlainLeavesReadAsTheirInlines(string file)
    {
        SameText(File.ReadAllText(Path.Join(RepoPaths.Root, file)));
    }

    [Theory]
    [InlineData("A statement\n   continued with indentation\n\tand a tab\nand a hard break  \nafter it   \n")]
    [InlineData("- item one\nlazy continuation of it\n- item two\n\n  second paragraph of item two\n")]
    [InlineData("> quoted REQ-X-1\n> continued\nlazily\n")]
    [InlineData("Setext heading REQ-X-2\n===\n\nAnother one\n---\n")]
    [InlineData("## Closed heading REQ-X-3 ##\n###   Spaced   heading   ###   \n#\n")]
    [InlineData("1. numbered\n   - nested TASK-X-4\n     deeper line\n")]
    [InlineData("  indented two REQ-X-5\n\n    code is not a leaf with text\n")]
    [InlineData("Mixed **markup** and plain\nplain line only\n")]
    [InlineData("| a | b |\n|---|---|\n| REQ-X-6 | 2 |\n")]
    [InlineData("| a | b |\n|:--|--:|\n| REQ-X-6: left | 2: right |\n")]
    [InlineData("### SCEN-X-8: Title: with colons\n\nKey: value REQ-X-8\nnext: line\n\na | b\n:--|--\n1 | 2\n")]
    [InlineData("Unicode — 1.2 … REQ-X-7 ✓\r\nwindows line end\r\n")]
    public void Parse_TrickyLayouts_PlainLeavesReadAsTheirInlines(string text)
    {
        SameText(text);
    }

    [Fact]
    public void Parse_PlainLeaves_HaveNoInlines()
    {
        var document = SpecMarkdown.Parse("### SCEN-X-1: Title\n\nA plain statement: REQ-X-1\n\nA *marked* one\n\na | table\n");

        document.Descendants<LeafBlock>().Select(p => p.Inline is null).Should().Equal(true, true, false, false);
    }

    /// <summary>Compares, leaf by leaf, the segments and the plain text read from the spec parse with those of a full
    /// inline parse; blanks are left out (a line break is a space either way, and Collapse folds them).</summary>
    private static void SameText(string text)
    {
        var actual = Leaves(SpecMarkdown.Parse(text));
        var expected = Leaves(Markdown.Parse(text, s_reference));

        actual.Should().Equal(expected);
    }

    private static List<string> Leaves(MarkdownDocument document)
    {
        var lines = new List<string>();
        var segments = new List<TextSegment>();
        foreach (var leaf in document.Descendants<LeafBlock>().Where(l => l is ParagraphBlock or HeadingBlock))
        {
            InlineText.Segments(leaf, segments);
            lines.Add($"{leaf.GetType().Name} {leaf.Line}: {InlineText.Plain(leaf)}");
            lines.AddRange(segments.Where(s => !s.Span.IsWhiteSpace()).Select(s => $"  {s.Line}:{s.Column} '{s.Span.TrimEnd().ToString()}'"));
        }

        return lines;
    }
}
