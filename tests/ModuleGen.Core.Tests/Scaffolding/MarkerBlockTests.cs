using System.Text.RegularExpressions;
using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Core.Tests.Scaffolding;

public sealed class MarkerBlockTests
{
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
    public void Apply_Twice_SameText()
    {
        var once = MarkerBlock.Apply("a: 1\n", "m", "x: 2\n", "#", 0, null, "").Value.Text;

        once.Should().Be("a: 1\n# >>> modulegen:m >>>\nx: 2\n# <<< modulegen:m <<<\n");
        MarkerBlock.Apply(once, "m", "x: 2\n", "#", 0, null, "").Value.Should().Be(new MarkerEdit(once, "x: 2\n"));
    }

    [Fact]
    public void Apply_Markdown_UsesHtmlComments()
    {
        MarkerBlock.Apply("# T\n", "m", "line\n", "<!--", 0, null, "").Value.Text.Should().Be("# T\n<!-- >>> modulegen:m >>> -->\nline\n<!-- <<< modulegen:m <<< -->\n");
    }

    [Fact]
    public void Apply_Anchor_InsertsAfterIt()
    {
        MarkerBlock.Apply("x: 1\nload_from:\n  - a\n", "m", "  - b\n", "#", 2, new Regex("^load_from:"), "").Value.Text
            .Should().Be("x: 1\nload_from:\n  # >>> modulegen:m >>>\n  - b\n  # <<< modulegen:m <<<\n  - a\n");
    }

    [Theory]
    [InlineData("# >>> modulegen:m >>>\nx\n", "scaffold.injection_invalid")]
    [InlineData("# <<< modulegen:m <<<\n# >>> modulegen:m >>>\n", "scaffold.injection_invalid")]
    [InlineData("nothing here\n", "scaffold.injection_anchor_missing")]
    public void Apply_BrokenOrMissingAnchor_Refused(string text, string code)
    {
        MarkerBlock.Apply(text, "m", "y\n", "#", 0, new Regex("^load_from:"), "/injections/0/target").Errors.Should().ContainSingle()
            .Which.Code.Should().Be(code);
    }
}
