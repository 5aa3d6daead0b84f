using System.Text.Json;
using ModuleGen.Mcp.Cli;

namespace ModuleGen.Mcp.Tests.Cli;

/// <summary>`modulegen audit --fail-on` gates CI on real MG0xx findings: a deleted generated file (MG003, a warning)
/// fails `--fail-on warning` with exit 3 and shows up in the SARIF report; `--fail-on error` lets it through.</summary>
public sealed class AuditGateTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public AuditGateTests()
    {
        var args = """{"template": "dagster-module", "target_dir": "modules/orders", "variables": {"module": "orders"}, "addons": ["workspace"]}""";
        Run("call", "scaffold", "--args", args, "--workspace", _ws.Root).GetAwaiter().GetResult().Code.Should().Be(ExitCodes.Ok);
        File.Delete(Path.Join(_ws.Root, "modules/orders/tests/test_orders_assets.py"));
    }

    [Fact]
    public async Task Audit_WarningFinding_FailOnWarningExitsThree_WithTheFindingInSarif()
    {
        var (code, stdout, stderr) = await Run("audit", "--format", "sarif", "--fail-on", "warning", "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.GateFailed, stderr);
        var results = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
        results.Should().ContainSingle(r => r.GetProperty("ruleId").GetString() == "MG003")
            .Which.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()
            .Should().Be("modules/orders/tests/test_orders_assets.py");
        stderr.Should().Contain("at or above 'warning'");
    }

    [Fact]
    public async Task Audit_WarningFinding_FailOnErrorExitsZero()
    {
        var (code, _, _) = await Run("audit", "--format", "json", "--fail-on", "error", "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.Ok);
    }

    private static Task<(int Code, string Stdout, string Stderr)> Run(params string[] args) => PipedCli.Run(args);

    public void Dispose() => _ws.Dispose();
}
