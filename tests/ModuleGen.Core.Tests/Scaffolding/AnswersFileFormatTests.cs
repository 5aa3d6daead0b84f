using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Core.Tests.Scaffolding;

public sealed class AnswersFileFormatTests
{
    [Fact]
    public void Write_ThenRead_RoundTripsSorted()
    {
        var answers = new AnswersFile("p", "1.0.0",
            [new("zeta", "a \"quoted\"\nvalue"), new("port", 4000L), new("flag", true)],
            ["b", "a"],
            [new("z.py", "00"), new("a.py", "11")],
            [new AnswersInjection("workspace.yaml", "m", "22")]);

        var text = AnswersFileFormat.Write(answers);
        var read = AnswersFileFormat.Read(text)!;

        text.Should().Contain("  flag: true\n  port: 4000\n  zeta: \"a \\\"quoted\\\"\\nvalue\"\n");
        read.Variables.Select(v => (v.Key, v.Value)).Should().Equal(("flag", (object?)"true"), ("port", "4000"), ("zeta", "a \"quoted\"\nvalue"));
        read.Addons.Should().Equal("a", "b");
        read.Files.Select(f => f.Key).Should().Equal("a.py", "z.py");
        read.Injections.Should().Equal(new AnswersInjection("workspace.yaml", "m", "22"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("- a list\n")]
    [InlineData("pack: [\n")]
    public void Read_NotAnAnswersFile_IsNull(string text)
    {
        AnswersFileFormat.Read(text).Should().BeNull();
    }
}
