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
        read.Variables.Select(v => (v.Key, v.Value)).Should().Equal(("flag", (object?)true), ("port", 4000L), ("zeta", "a \"quoted\"\nvalue"));
        read.Addons.Should().Equal("a", "b");
        read.Files.Select(f => f.Key).Should().Equal("a.py", "z.py");
        read.Injections.Should().Equal(new AnswersInjection("workspace.yaml", "m", "22"));
        AnswersFileFormat.Write(read).Should().Be(text, "a file read and written again keeps its bytes");
    }

    [Fact]
    public void Write_Deployments_SortedAfterInjections_AndRoundTrip()
    {
        var answers = new AnswersFile("p", "1.0.0", [], [], [], [])
        {
            Deployments =
            [
                new AnswersDeployment("staging", "rsync", [new("port", 2222L), new("excludes", (IReadOnlyList<string>)["a/", ".env"]), new("host", "h")], [new("deploy/staging.yaml", "22"), new("deploy/staging.sh", "11")]),
                new AnswersDeployment("prod", "git", [], []),
            ],
        };

        var text = AnswersFileFormat.Write(answers);
        var read = AnswersFileFormat.Read(text)!;

        text.Should().EndWith(
            "injections: []\n" +
            "deployments:\n" +
            "  - name: \"prod\"\n    strategy: \"git\"\n    settings: {}\n    files: {}\n" +
            "  - name: \"staging\"\n    strategy: \"rsync\"\n    settings:\n" +
            "      excludes:\n        - \"a/\"\n        - \".env\"\n      host: \"h\"\n      port: 2222\n" +
            "    files:\n      \"deploy/staging.sh\": \"11\"\n      \"deploy/staging.yaml\": \"22\"\n");
        read.Deployments.Select(d => d.Name).Should().Equal("prod", "staging");
        read.Deployments[1].Settings.Single(s => s.Key == "excludes").Value.Should().BeEquivalentTo(new[] { "a/", ".env" });
        AnswersFileFormat.Write(read).Should().Be(text);
        read.AllFiles.Select(f => f.Key).Should().Equal("deploy/staging.sh", "deploy/staging.yaml");
    }

    [Fact]
    public void Write_NoDeployments_LeavesTheSectionOut()
    {
        AnswersFileFormat.Write(new AnswersFile("p", "1", [], [], [], [])).Should().NotContain("deployments");
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
