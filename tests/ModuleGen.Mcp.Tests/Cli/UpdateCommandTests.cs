using ModuleGen.Mcp.Cli;

namespace ModuleGen.Mcp.Tests.Cli;

/// <summary>`modulegen update` as a person runs it: a changed variable reaches the generated files, the user's own edit
/// in another part of the file survives, a dry run writes nothing, a missing module is a refusal.</summary>
public sealed class UpdateCommandTests : IDisposable
{
    private readonly string _root = Path.Join(Path.GetTempPath(), "modulegen-cli-tests", Guid.NewGuid().ToString("N"));

    public UpdateCommandTests()
    {
        Directory.CreateDirectory(_root);
    }

    [Fact]
    public async Task Update_ChangedVariable_MergesWithTheUsersEdit()
    {
        (await Run("new", "orders", "--template", "python-module", "--no-input")).Code.Should().Be(ExitCodes.Ok);
        var readme = Path.Join(_root, "modules", "orders", "README.md");
        File.AppendAllText(readme, "\nA note the user added.\n");
        var before = Snapshot();

        var (dryCode, dryOutput, _) = await Run("update", "modules/orders", "--var", "description=Orders in and out.", "--dry-run", "--format", "text");

        dryCode.Should().Be(ExitCodes.Ok);
        dryOutput.Should().Contain("modules/orders/README.md").And.Contain("(dry run)");
        Snapshot().Should().Equal(before);

        var (code, output, error) = await Run("update", "--module", "orders", "--var", "description=Orders in and out.", "--format", "text");

        code.Should().Be(ExitCodes.Ok, error);
        output.Should().Contain("python-module");
        var text = File.ReadAllText(readme);
        text.Should().Contain("Orders in and out.").And.Contain("A note the user added.");

        var (again, _, _) = await Run("update", "modules/orders", "--format", "json");
        again.Should().Be(ExitCodes.Ok);
        File.ReadAllText(readme).Should().Be(text);
    }

    [Fact]
    public async Task UpdateCheck_Piped_JsonAndExitFiveWhileAModuleIsBehind()
    {
        (await Run("new", "orders", "--template", "python-module", "--no-input")).Code.Should().Be(ExitCodes.Ok);
        (await Run("new", "billing", "--template", "python-module", "--no-input")).Code.Should().Be(ExitCodes.Ok);
        var answers = Path.Join(_root, "modules", "orders", ".modulegen-answers.yaml");
        File.WriteAllText(answers, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(answers), "(?m)^version: .*$", "version: \"0.9.0\""));

        var (code, output, _) = await Run("update", "--check");

        code.Should().Be(ExitCodes.OutOfDate);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        json.RootElement.GetProperty("modules").EnumerateArray().Select(m => (m.GetProperty("module").GetString(), m.GetProperty("state").GetString()))
            .Should().Equal(("billing", "current"), ("orders", "outdated"));

        (await Run("update", "--all")).Code.Should().Be(ExitCodes.Ok);
        (await Run("update", "--check")).Code.Should().Be(ExitCodes.Ok, "nothing is behind any more");
    }

    [Fact]
    public async Task UpdateAll_ConflictLeft_ExitsThreeAndTheCheckThenNamesTheFileAndLine()
    {
        (await Run("new", "orders", "--template", "python-module", "--no-input")).Code.Should().Be(ExitCodes.Ok);
        var readme = Path.Join(_root, "modules", "orders", "README.md");
        var answers = Path.Join(_root, "modules", "orders", ".modulegen-answers.yaml");
        var text = File.ReadAllText(readme);
        var firstLine = text[..text.IndexOf('\n')];
        File.WriteAllText(readme, text.Replace(firstLine, "# Orders, as I call them", StringComparison.Ordinal));
        File.WriteAllText(answers, File.ReadAllText(answers).Replace("module: \"orders\"", "module: \"order book\"", StringComparison.Ordinal)
            .Replace("version: \"1.0.0\"", "version: \"0.9.0\"", StringComparison.Ordinal));

        var (code, output, _) = await Run("update", "--all", "--conflict", "diff3", "--format", "text");

        code.Should().Be(ExitCodes.GateFailed, output);
        File.ReadAllText(readme).Should().Contain("||||||| base (pack python-module 0.9.0)");
        var (again, json, _) = await Run("update", "--check", "--format", "json");
        again.Should().Be(ExitCodes.GateFailed, "the module is current but its conflict needs a person");
        json.Should().Contain("modules/orders/README.md:1");
    }

    [Theory]
    [InlineData("--check", "--all")]
    [InlineData("--all", "modules/orders")]
    [InlineData("--check", "--done", "x/y")]
    public async Task Update_ModesThatDoNotGoTogether_UsageError(params string[] args)
    {
        (await Run(["update", .. args])).Code.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public async Task Update_NoGeneratedModule_ExitsOneWithTheRefusal()
    {
        var (code, _, error) = await Run("update", "modules/missing");

        code.Should().Be(ExitCodes.ToolError);
        error.Should().Contain("[update.");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.modulegen{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => f, File.ReadAllText, StringComparer.Ordinal);

    private async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync([.. args, "--workspace", _root], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
