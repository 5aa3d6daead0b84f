using ModuleGen.Mcp.Cli;

namespace ModuleGen.Mcp.Tests.Cli;

public sealed class UpdateCommandTests : IDisposable
{
    private readonly string _root = Path.Join(Path.GetTempPath(), "modulegen-cli-tests", Guid.NewGuid().ToString("N"));

    public UpdateCommandTests()
    {
        Directory.CreateDirectory(_root);
    }

    [Fact]
    public async Task Update_ChangedVariable_MergesWithTheEditThenHasNothingToDo()
    {
        (await Run("new", "docs_for_orders", "-t", "intent-docs", "--target", "modules/orders", "--var", "id_prefix=ORD")).Code.Should().Be(ExitCodes.Ok);
        var requirements = Path.Join(_root, "modules", "orders", "docs", "INTENT_REQUIREMENTS.md");
        File.AppendAllText(requirements, "\nA note of my own.\n");

        var (dryCode, dryOutput, _) = await Run("update", "modules/orders", "--var", "id_prefix=ABC", "--dry-run", "--diff");
        var (code, output, _) = await Run("update", "modules/orders", "--var", "id_prefix=ABC");
        var (_, again, _) = await Run("update", "modules/orders");

        dryCode.Should().Be(ExitCodes.Ok);
        dryOutput.Should().Contain("Dry run: intent-docs").And.Contain("merge      modules/orders/docs/INTENT_REQUIREMENTS.md").And.Contain("+### REQ-ABC-1");
        code.Should().Be(ExitCodes.Ok);
        output.Should().Contain("merge      modules/orders/docs/INTENT_REQUIREMENTS.md");
        File.ReadAllText(requirements).Should().Contain("REQ-ABC-1").And.Contain("A note of my own.").And.NotContain("REQ-ORD-1");
        again.Should().Contain("Nothing to do: the module is up to date.");
    }

    [Fact]
    public async Task Update_FolderNotGenerated_ExitsOne()
    {
        var (code, _, error) = await Run("update", "modules/nothing");

        code.Should().Be(ExitCodes.ToolError);
        error.Should().Contain("[update.not_generated]");
    }

    [Theory]
    [InlineData("update")]
    [InlineData("update", "a", "b")]
    [InlineData("update", "a", "--var", "novalue")]
    [InlineData("update", "a", "--sideways")]
    public async Task Update_MalformedCommandLine_ExitsTwo(params string[] args)
    {
        var (code, _, error) = await Run(args);

        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain("usage: modulegen update");
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
    }

    private async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync([.. args, "--workspace", _root], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
