using System.Globalization;
using System.Text;
using FluentAssertions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ModuleGen.Core.SpecDocs.Parsing;
using Xunit;

namespace ModuleGen.Core.Tests.SpecDocs;

/// <summary>A large document is parsed a piece at a time (SpecMarkdown.ParseBlocks): the blocks, inlines, lines,
/// columns and positions must be exactly those of parsing it whole, including where a heading line sits inside a code
/// fence or an HTML comment, and the documents that must not be cut are parsed whole.</summary>
public sealed class PiecewiseParseTests
{
    [Fact]
    public void ParseBlocks_LargeDocument_SameTreeAsWholeParse()
    {
        var text = LargeDocument(sections: 1500, extra: "");
        text.Length.Should().BeGreaterThan(4 * SpecMarkdown.ChunkSize, "the document must span several pieces");

        var blocks = SpecMarkdown.ParseBlocks(Encoding.UTF8.GetBytes(text)).ToArray();

        blocks.Select(b => b.Parent).Distinct().Count().Should().BeGreaterThan(3, "it was parsed in pieces");
        SameTree(blocks, SpecMarkdown.Parse(text));
    }

    [Theory]
    [InlineData("```\n# inside a fence\n```\n")]
    [InlineData("~~~~\n# inside a fence\n~~~\n# still inside\n~~~~\n")]
    [InlineData("<!--\n\n# inside a comment\n\n-->\n")]
    [InlineData("<div>\n# inside an HTML block\n</div>\n")]
    public void ParseBlocks_HeadingLinesInsideOtherBlocks_SameTreeAsWholeParse(string block)
    {
        // The block is repeated so that some copy straddles every place a piece could end.
        var text = LargeDocument(sections: 1500, extra: block);

        SameTree(SpecMarkdown.ParseBlocks(Encoding.UTF8.GetBytes(text)), SpecMarkdown.Parse(text));
    }

    [Theory]
    [InlineData("Straße — naïve 日本語 ✓ 🚀 REQ-BIG-1\n\n")]
    [InlineData("\u00e9\r\n\r\n")]
    public void ParseBlocks_MultiByteCharactersAndByteOrderMark_SameCharacterPositionsAsWholeParse(string block)
    {
        // Pieces are cut and decoded from the UTF-8 bytes; positions must still count characters of the whole text.
        var text = LargeDocument(sections: 1500, extra: block);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var blocks = SpecMarkdown.ParseBlocks(bytes).ToArray();

        blocks.Select(b => b.Parent).Distinct().Count().Should().BeGreaterThan(3, "it was parsed in pieces");
        SameTree(blocks, SpecMarkdown.Parse(text));
    }

    [Theory]
    [InlineData("[plan]: ./plan.md\n")]
    [InlineData("   [plan]: <./plan.md> \"Plan\"\n")]
    [InlineData("<script>\n\n# inside script\n\n</script>\n")]
    [InlineData("<pre>\n\n# inside pre\n\n</pre>\n")]
    public void ParseBlocks_DocumentThatMustNotBeCut_ParsedWhole(string block)
    {
        var text = LargeDocument(sections: 1500, extra: "") + block;

        var blocks = SpecMarkdown.ParseBlocks(Encoding.UTF8.GetBytes(text)).ToArray();

        blocks.Select(b => b.Parent).Distinct().Should().ContainSingle("one parse, one document");
        SameTree(blocks, SpecMarkdown.Parse(text));
    }

    private static string LargeDocument(int sections, string extra)
    {
        var text = new StringBuilder("# Scenarios\n\n");
        for (var i = 1; i <= sections; i++)
        {
            var n = i.ToString("00", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"## SCEN-BIG-{n}: Scenario {i}\n- **WHEN** input {i} arrives, see [plan](./plan.md)\n");
            text.Append(CultureInfo.InvariantCulture, $"- [x] **THEN** it answers `REQ-BIG-{i}` (REQ-3)\n  continued *here*\n\n");
            text.Append("| a | b |\n|---|---|\n| 1 | 2 |\n\n");
            if (i % 7 == 0)
            {
                text.Append(extra);
            }
        }

        return text.ToString();
    }

    /// <summary>Asserts that two parses list the same objects; a difference is shown with the lines around it.</summary>
    private static void SameTree(IEnumerable<Block> actual, IEnumerable<Block> expected)
    {
        var (a, e) = (Dump(actual), Dump(expected));
        var at = Enumerable.Range(0, Math.Min(a.Count, e.Count)).FirstOrDefault(i => a[i] != e[i], Math.Min(a.Count, e.Count));
        a.Skip(Math.Max(0, at - 3)).Take(8).Should().Equal(e.Skip(Math.Max(0, at - 3)).Take(8), $"the parses differ at object {at}");
        a.Count.Should().Be(e.Count);
    }

    /// <summary>Lists every block and inline with its type, line, column and span, in document order.</summary>
    private static List<string> Dump(IEnumerable<Block> blocks)
    {
        var lines = new List<string>();
        foreach (var block in blocks)
        {
            Add(block, 0, lines);
        }

        return lines;
    }

    private static void Add(Block block, int depth, List<string> lines)
    {
        lines.Add($"{new string(' ', depth)}{block.GetType().Name} {block.Line}:{block.Column} {block.Span}");
        switch (block)
        {
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Add(child, depth + 1, lines);
                }

                break;
            case LeafBlock { Inline: { } inline }:
                Add(inline, depth + 1, lines);
                break;
            case LeafBlock leaf:
                // A paragraph or heading without markup has no inlines: its text is read from its lines.
                var segments = new List<TextSegment>();
                InlineText.Segments(leaf, segments);
                lines.AddRange(segments.Select(s => $"{new string(' ', depth + 1)}{s.Line}:{s.Column} {s.Span}"));
                break;
        }
    }

    private static void Add(Inline inline, int depth, List<string> lines)
    {
        lines.Add($"{new string(' ', depth)}{inline.GetType().Name} {inline.Line}:{inline.Column} {inline.Span} {(inline as LiteralInline)?.Content}");
        if (inline is ContainerInline container)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                Add(child, depth + 1, lines);
            }
        }
    }
}
