using System.Text.Json;
using ModelContextProtocol.Client;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Stdio;

/// <summary>Talks to the real executable over stdio with the SDK client.</summary>
public sealed class StdioServerTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task Initialize_ReportsNameVersionAndInstructions()
    {
        await using var server = await StdioServer.StartAsync(_ws.Root);

        server.Client.ServerInfo!.Name.Should().Be("modulegen");
        server.Client.ServerInfo.Version.Should().MatchRegex(@"^\d+\.\d+\.\d+");
        server.Client.ServerInstructions.Should().Contain("build_context").And.Contain("validate_plan");
    }

    [Fact]
    public async Task BuildContext_OverStdio_ReturnsTheStructuredContext()
    {
        _ws.Write("pyproject.toml", "[project]\ndependencies = [\"dagster>=1.8\"]\n");
        _ws.Write("workspace.yaml", "load_from:\n  - grpc_server:\n      host: localhost\n      port: 4266\n      location_name: billing\n");
        _ws.Write("modules/billing/README.md", "# billing\n");
        await using var server = await StdioServer.StartAsync(_ws.Root);

        var result = await server.Client.CallToolAsync("build_context", new Dictionary<string, object?> { ["module"] = "Customer Orders" }, cancellationToken: StdioServer.Deadline());

        result.IsError.Should().NotBe(true);
        var context = result.StructuredContent!.Value;
        context.GetProperty("module").GetProperty("snake").GetString().Should().Be("customer_orders");
        context.GetProperty("module").GetProperty("kebab").GetString().Should().Be("customer-orders");
        context.GetProperty("module").GetProperty("pascal").GetString().Should().Be("CustomerOrders");
        context.GetProperty("workspace_root").GetString().Should().Be(_ws.Root);
        Names(context.GetProperty("stacks")).Should().Equal("python", "dagster");
        context.GetProperty("ports_in_use")[0].GetProperty("port").GetInt32().Should().Be(4266);
        Names(context.GetProperty("existing_modules")).Should().Equal("billing");
        context.GetProperty("artifacts").GetProperty("suggested_target_dir").GetString().Should().Be("modules/customer_orders");
        context.GetProperty("config").GetProperty("source").GetString().Should().Be("defaults");
        context.GetProperty("scan").GetProperty("stopped_early").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task BadModulegenYaml_ServerStillStarts_AndCallsReportTheLocation()
    {
        _ws.Write("modulegen.yaml", "ports:\n  strat: 1\n");
        await using var server = await StdioServer.StartAsync(_ws.Root);

        var result = await server.Client.CallToolAsync("build_context", new Dictionary<string, object?> { ["module"] = "orders" }, cancellationToken: StdioServer.Deadline());

        result.IsError.Should().BeTrue();
        var error = result.StructuredContent!.Value.GetProperty("errors")[0];
        error.GetProperty("code").GetString().Should().Be("config.unknown_key");
        error.GetProperty("location").GetProperty("line").GetInt32().Should().Be(2);
    }

    private static IEnumerable<string?> Names(JsonElement array) => array.EnumerateArray().Select(e => e.GetProperty("name").GetString());

    public void Dispose() => _ws.Dispose();
}
