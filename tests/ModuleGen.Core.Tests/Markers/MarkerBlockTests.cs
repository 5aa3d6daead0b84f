using System.Text.RegularExpressions;
using ModuleGen.Core.Markers;

namespace ModuleGen.Core.Tests.Markers;

public sealed class MarkerBlockTests
{
    private static readonly string s_hashX = MarkerBlock.HashOf("x: 2\n");

    [Theory]
    [InlineData("workspace.yaml", "#")]
    [InlineData("pyproject.toml", "#")]
    [InlineData("deploy.sh", "#")]
    [InlineData("app.ts", "//")]
    [InlineData("Program.cs", "//")]
    [InlineData("README.md", "<!--")]
    [InlineData("index.html", "<!--")]
    [InlineData("data.json", null)]
    public void CommentFor_Extension_ChoosesSyntax(string path, string? expected)
    {
        MarkerBlock.CommentFor(path, null).Should().Be(expected);
    }

    [Fact]
    public void Apply_Twice_SameText_AndTheStartMarkerRecordsTheContentHash()
    {
        var once = MarkerBlock.Apply("a: 1\n", "m", "x: 2\n", "#", 0, null, "").Value.Text;

        once.Should().Be($"a: 1\n# >>> modulegen:m >>> sha256={s_hashX}\nx: 2\n# <<< modulegen:m <<<\n");
        MarkerBlock.Apply(once, "m", "x: 2\n", "#", 0, null, "").Value.Should().Be(new MarkerEdit(once, "x: 2\n", s_hashX));
    }

    [Fact]
    public void Apply_Markdown_UsesHtmlComments()
    {
        MarkerBlock.Apply("# T\n", "m", "line\n", "<!--", 0, null, "").Value.Text
            .Should().Be($"# T\n<!-- >>> modulegen:m >>> sha256={MarkerBlock.HashOf("line\n")} -->\nline\n<!-- <<< modulegen:m <<< -->\n");
    }

    [Fact]
    public void Apply_Anchor_InsertsAfterIt()
    {
        MarkerBlock.Apply("x: 1\nload_from:\n  - a\n", "m", "  - b\n", "#", 2, new Regex("^load_from:"), "").Value.Text
            .Should().Be($"x: 1\nload_from:\n  # >>> modulegen:m >>> sha256={MarkerBlock.HashOf("  - b\n")}\n  - b\n  # <<< modulegen:m <<<\n  - a\n");
    }

    [Theory]
    [InlineData("# >>> modulegen:m >>>\nx\n", "scaffold.injection_invalid")]
    [InlineData("# <<< modulegen:m <<<\n# >>> modulegen:m >>>\n", "scaffold.injection_invalid")]
    [InlineData("# >>> modulegen:m >>>\n# <<< modulegen:m <<<\n# >>> modulegen:m >>>\n# <<< modulegen:m <<<\n", "scaffold.injection_invalid")]
    [InlineData("nothing here\n", "scaffold.injection_anchor_missing")]
    public void Apply_BrokenOrMissingAnchor_Refused(string text, string code)
    {
        MarkerBlock.Apply(text, "m", "y\n", "#", 0, new Regex("^load_from:"), "/injections/0/target").Errors.Should().ContainSingle()
            .Which.Code.Should().Be(code);
    }

    public static TheoryData<string, int?> Texts => new()
    {
        { "", null },
        { "a: 1\n", null },
        { "a: 1", null },
        { "a: 1\r\nb: 2\r\n", null },
        { "load_from:\n  - x\n", 1 },
        { "load_from:", 1 },
        { "\n\n", null },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void InsertThenRemove_GivesBackTheSameBytes(string text, int? at)
    {
        var inserted = MarkerBlock.Insert(text, at ?? MarkerText.Parse(text).Count, "m", "  - b\n", "#", 2);
        var region = MarkerBlock.Scan(inserted, "#").Find("m")!;

        region.IsEdited.Should().BeFalse();
        region.Content.Should().Be("  - b\n");
        MarkerBlock.Remove(inserted, region).Should().Be(text);
    }

    [Fact]
    public void Insert_CrlfText_UsesCrlfForTheBlock()
    {
        MarkerBlock.Insert("a\r\n", 1, "m", "b\n", "#", 0).Should().Be($"a\r\n# >>> modulegen:m >>> sha256={MarkerBlock.HashOf("b\n")}\r\nb\r\n# <<< modulegen:m <<<\r\n");
    }

    [Fact]
    public void Scan_FindsBlocksWithLinesHashesAndHandEdits()
    {
        var text = $"top\n  # >>> modulegen:a >>> sha256={s_hashX}\nx: 2\n  # <<< modulegen:a <<<\n# >>> modulegen:b >>> sha256={s_hashX}\nx: 3\n# <<< modulegen:b <<<\n# >>> modulegen:c >>>\nold\n# <<< modulegen:c <<<\n";

        var scan = MarkerBlock.Scan(text, "#");

        scan.Problems.Should().BeEmpty();
        scan.Regions.Select(r => (r.Id, r.StartLine, r.EndLine, r.IsEdited, r.RecordedHash is null)).Should().Equal(
            ("a", 2, 4, false, false), ("b", 5, 7, true, false), ("c", 8, 10, false, true));
        scan.Find("a")!.Contains(3).Should().BeTrue();
        scan.Find("a")!.Contains(4).Should().BeFalse();
    }

    [Theory]
    [InlineData("# >>> modulegen:a >>>\n", "a", 1)]
    [InlineData("x\n# <<< modulegen:a <<<\n", "a", 2)]
    [InlineData("# >>> modulegen:a >>>\n# >>> modulegen:b >>>\n# <<< modulegen:b <<<\n", "a", 1)]
    public void Scan_BrokenMarkers_AreProblemsWithLines(string text, string id, int line)
    {
        MarkerBlock.Scan(text, "#").Problems.Should().ContainSingle().Which.Should().Match<MarkerProblem>(p => p.Id == id && p.Line == line);
    }

    [Theory]
    [InlineData("# >>> modulegen:a >>> sha256=short\n")]
    [InlineData("# >>> modulegen:a b >>>\n# <<< modulegen:a b <<<\n")]
    [InlineData("## >>> modulegen:a >>>\n")]
    public void Scan_LinesThatOnlyLookLikeMarkers_AreIgnored(string text)
    {
        var scan = MarkerBlock.Scan(text, "#");

        scan.Regions.Should().BeEmpty();
        scan.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Replace_KeepsIndentationAndUpdatesTheHash()
    {
        var text = MarkerBlock.Insert("load_from:\n", 1, "m", "  - a\n", "#", 2);

        var replaced = MarkerBlock.Replace(text, MarkerBlock.Scan(text, "#").Find("m")!, "  - b\n", "#");

        replaced.Should().Be($"load_from:\n  # >>> modulegen:m >>> sha256={MarkerBlock.HashOf("  - b\n")}\n  - b\n  # <<< modulegen:m <<<\n");
    }
}
