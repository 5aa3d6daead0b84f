using System.Text.Json;
using ModelContextProtocol.Client;
using ModuleGen.Core.Programs;
using ModuleGen.Mcp.Cli;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;
using Serilog.Events;

namespace ModuleGen.Mcp.Tests.Cli;

/// <summary>The user's switches for running programs: on the verbs that can run dg only, refused when they name a
/// program ModuleGen cannot run, off unless given; a read-only server runs nothing and stays annotated read-only,
/// whatever is allowed.</summary>
public sealed class ProgramOptionsTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Theory]
    [InlineData("serve", true)]
    [InlineData("audit", true)]
    [InlineData("call", true)]
    [InlineData("new", false)]
    [InlineData("templates", false)]
    public async Task Help_OffersAllowExecOnTheVerbsThatCanRunDg(string verb, bool offered)
    {
        var (code, stdout, _) = await PipedCli.Run(verb, "--help");

        code.Should().Be(0);
        stdout.Contains("--allow-exec", StringComparison.Ordinal).Should().Be(offered);
    }

    [Theory]
    [InlineData("--allow-exec", "python")]
    [InlineData("--exec-timeout", "forever")]
    public async Task Audit_ValueNobodyCanRun_IsAUsageErrorNamingTheOption(string option, string value)
    {
        var (code, _, stderr) = await PipedCli.Run("audit", option, value, "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.Usage);
        stderr.Should().Contain(option).And.Contain(value);
    }

    [Fact]
    public async Task Audit_WithoutAllowExec_ReportsTheDgChecksAsNotRun()
    {
        GeneratedDgProject();

        var (code, stdout, _) = await PipedCli.Run("audit", "--format", "json", "--fail-on", "never", "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.Ok);
        var finding = JsonDocument.Parse(stdout).RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule_id").GetString() == "MG201");
        finding.GetProperty("message").GetString().Should().Contain("--allow-exec dg");
    }

    [Theory]
    [InlineData(true, "--read-only")]
    [InlineData(false, "modulegen.yaml")] // the workspace's server.read_only turns programs off too: one mode in force
    public async Task ReadOnlyServer_WithDgAllowed_RunsNothingAndStaysAnnotatedReadOnly(bool flag, string because)
    {
        GeneratedDgProject();
        if (!flag)
        {
            _ws.Write("modulegen.yaml", "server:\n  read_only: true\n");
        }

        var settings = new ServerSettings(_ws.Root, LogEventLevel.Warning, LogEventLevel.Fatal)
        {
            ReadOnly = flag,
            NarrowByWorkspace = true,
            Programs = new ProgramPermissions { Allowed = [ProgramPermissions.Dg], Source = "allowed by --allow-exec" },
        };
        await using var server = await InProcessServer.StartAsync(settings, StdioServer.Deadline());

        var verify = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).Single(t => t.Name == "verify_files");
        var audit = await server.Client.CallToolAsync("audit_workspace", new Dictionary<string, object?>(), cancellationToken: StdioServer.Deadline());

        verify.ProtocolTool.Annotations!.ReadOnlyHint.Should().BeTrue();
        var finding = audit.StructuredContent!.Value.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule_id").GetString() == "MG201");
        finding.GetProperty("message").GetString().Should().Contain("read-only").And.Contain(because);
    }

    public void Dispose() => _ws.Dispose();

    private void GeneratedDgProject()
    {
        _ws.Write("modules/orders/pyproject.toml", "[project]\nname = \"orders\"\n\n[tool.dg]\ndirectory_type = \"project\"\n");
        _ws.Write("modules/orders/.modulegen-answers.yaml", "pack: \"dagster-module\"\nversion: \"2.0.0\"\nvariables: {}\naddons: []\nfiles: {}\ninjections: []\n");
    }
}
