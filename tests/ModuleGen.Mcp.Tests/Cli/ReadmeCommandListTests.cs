using System.Text.RegularExpressions;

namespace ModuleGen.Mcp.Tests.Cli;

/// <summary>README.md's table of verbs names exactly the verbs `modulegen --help` lists, in the same order.</summary>
public sealed partial class ReadmeCommandListTests
{
    [Fact]
    public async Task ReadmeVerbTable_MatchesHelp()
    {
        var (_, help, _) = await PipedCli.Run("--help");
        var fromHelp = help[help.IndexOf("Commands:", StringComparison.Ordinal)..]
            .Split('\n').Skip(1).Select(l => HelpVerb().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

        var readme = File.ReadAllText(Path.Join(RepoPaths.Root, "README.md"));
        var fromReadme = ReadmeVerb().Matches(readme).Select(m => m.Groups[1].Value).ToList();

        fromHelp.Should().NotBeEmpty();
        fromReadme.Should().Equal(fromHelp);
    }

    [GeneratedRegex(@"^  ([a-z]+)\b")]
    private static partial Regex HelpVerb();

    [GeneratedRegex(@"(?m)^\| `([a-z]+)[ `]")]
    private static partial Regex ReadmeVerb();
}
