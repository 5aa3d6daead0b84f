using System.Text.Json;
using ModuleGen.Mcp.Cli;

namespace ModuleGen.Mcp.Tests.Cli;

/// <summary>Runs the CLI in-process with captured output, checking output and documented exit codes.</summary>
public sealed class CliAppTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task Version_PrintsNameAndVersion()
    {
        var (code, stdout, _) = await Run("--version");

        code.Should().Be(0);
        stdout.Should().MatchRegex(@"^modulegen \d+\.\d+\.\d+");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("call", "--help")]
    [InlineData("tools", "-h")]
    public async Task Help_PrintsUsage(params string[] args)
    {
        var (code, stdout, _) = await Run(args);

        code.Should().Be(0);
        stdout.Should().Contain("Usage:").And.Contain("modulegen");
    }

    [Fact]
    public async Task Tools_ListsEachToolWithItsPurpose()
    {
        var (code, stdout, _) = await Run("tools", "--workspace", _ws.Root);

        code.Should().Be(0);
        stdout.Should().MatchRegex(@"build_context\s+context\s+Gathers the context for adding a module");
    }

    [Fact]
    public async Task Call_Success_PrintsStructuredJsonAndExitsZero()
    {
        var (code, stdout, _) = await Run("call", "build_context", "--args", """{"module":"Customer Orders"}""", "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.Ok);
        JsonDocument.Parse(stdout).RootElement.GetProperty("module").GetProperty("snake").GetString().Should().Be("customer_orders");
    }

    [Fact]
    public async Task Call_ArgsFile_IsRead()
    {
        var file = Path.Join(_ws.Root, "args.json");
        File.WriteAllText(file, """{"module":"orders"}""");

        var (code, stdout, _) = await Run("--workspace", _ws.Root, "call", "build_context", "--args-file", file);

        code.Should().Be(ExitCodes.Ok);
        stdout.Should().Contain("\"snake\": \"orders\"");
    }

    [Fact]
    public async Task Call_ToolError_ExitsOneWithErrorsOnBothStreams()
    {
        var (code, stdout, stderr) = await Run("call", "build_context", "--args", """{"module":"../x"}""", "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.ToolError);
        JsonDocument.Parse(stdout).RootElement.GetProperty("errors")[0].GetProperty("code").GetString().Should().Be("name.path_separator");
        stderr.Should().Contain("name.path_separator");
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("call")]
    [InlineData("call", "no_such_tool")]
    [InlineData("call", "build_context", "--args", "{not json")]
    [InlineData("call", "build_context", "--args", "[1,2]")]
    [InlineData("call", "build_context", "--args-file", "/no/such/file.json")]
    [InlineData("call", "build_context", "--bogus", "1")]
    [InlineData("--workspace")]
    [InlineData("--log-level", "loud", "tools")]
    [InlineData("audit", "--fail-on", "sometimes")]
    [InlineData("audit", "--colour", "red")]
    [InlineData("audit", "stray")]
    public async Task UsageErrors_ExitTwo(params string[] args)
    {
        var (code, _, stderr) = await Run([.. args, "--workspace", _ws.Root]);

        code.Should().Be(ExitCodes.Usage);
        stderr.Should().Contain("error:");
    }

    [Fact]
    public async Task Audit_CleanWorkspace_PrintsSarifAndExitsZero()
    {
        _ws.Write("modules/alpha/README.md", "# alpha\n");

        var (code, stdout, _) = await Run("audit", "--format", "sarif", "--fail-on", "warning", "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.Ok);
        JsonDocument.Parse(stdout).RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
    }

    [Fact]
    public async Task Audit_UnknownModule_ExitsOne()
    {
        var (code, _, stderr) = await Run("audit", "--module", "nope", "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.ToolError);
        stderr.Should().Contain("audit.unknown_module");
    }

    private static Task<(int Code, string Stdout, string Stderr)> Run(params string[] args) => PipedCli.Run(args);

    public void Dispose() => _ws.Dispose();
}
