using ModuleGen.Mcp.Cli;

namespace ModuleGen.Mcp.Tests.Cli;

public sealed class NewCommandTests : IDisposable
{
    private readonly string _root = Path.Join(Path.GetTempPath(), "modulegen-cli-tests", Guid.NewGuid().ToString("N"));

    public NewCommandTests()
    {
        Directory.CreateDirectory(_root);
    }

    [Fact]
    public async Task New_Module_CreatesThenReportsUnchanged()
    {
        var (code, output, _) = await Run("new", "orders", "--template", "dagster-module", "--addon", "postgresql,schedules", "--addon", "workspace");

        code.Should().Be(ExitCodes.Ok);
        output.Should().Contain("created          modules/orders/src/orders/definitions.py").And.Contain("injected         workspace.yaml (block orders)");
        File.Exists(Path.Join(_root, "modules", "orders", ".modulegen-answers.yaml")).Should().BeTrue();

        var (again, secondOutput, _) = await Run("new", "orders", "--template", "dagster-module", "--addon", "postgresql,schedules,workspace");

        again.Should().Be(ExitCodes.Ok);
        secondOutput.Should().Contain("Nothing to do: every file is unchanged.");
    }

    [Fact]
    public async Task New_DryRunWithTarget_WritesNothingAndShowsDiffs()
    {
        var (code, output, _) = await Run("new", "docs_for_orders", "-t", "intent-docs", "--target", "modules/orders", "--var", "id_prefix=ORD", "--dry-run", "--diff");

        code.Should().Be(ExitCodes.Ok);
        output.Should().Contain("would create     modules/orders/docs/INTENT_REQUIREMENTS.md").And.Contain("+TODO(modulegen): one section per requirement");
        Directory.Exists(Path.Join(_root, "modules")).Should().BeFalse();
    }

    [Fact]
    public async Task New_ProgressWhenPiped_PrintsOneLinePerFileOnStderr_InOrder()
    {
        var (code, _, error) = await Run("new", "orders", "--template", "python-module", "--progress");

        code.Should().Be(ExitCodes.Ok);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith('['));
        lines[0].Should().StartWith("[1/").And.Contain(" create modules/orders/");
        lines[^1].Should().StartWith($"[{lines.Length}/{lines.Length}]");
    }

    [Fact]
    public async Task New_ConflictingAddons_ExitsOneWithTheErrorOnStderr()
    {
        var (code, _, error) = await Run("new", "orders", "--template", "dagster-module", "--addon", "postgresql,mysql");

        code.Should().Be(ExitCodes.ToolError);
        error.Should().Contain("[scaffold.addon_conflict]");
        Directory.Exists(Path.Join(_root, "modules")).Should().BeFalse();
    }

    [Theory]
    [InlineData("new")]
    [InlineData("new", "orders")]
    [InlineData("new", "orders", "--template", "dagster-module", "--var", "novalue")]
    [InlineData("new", "orders", "--template", "dagster-module", "--var", "module=x")]
    [InlineData("new", "orders", "extra", "--template", "dagster-module")]
    public async Task New_MalformedCommandLine_ExitsTwo(params string[] args)
    {
        var (code, _, error) = await Run(args);

        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain("error:");
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
