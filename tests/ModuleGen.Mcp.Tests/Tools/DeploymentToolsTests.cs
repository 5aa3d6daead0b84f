using ModuleGen.Mcp.Tests.Support;
using static ModuleGen.Mcp.Tests.Tools.RegistryToolsTests;

namespace ModuleGen.Mcp.Tests.Tools;

/// <summary>configure_deployment through the composed server: named deployments, and hostile or secret input refused
/// with its pointer while the workspace stays as it was.</summary>
public sealed class DeploymentToolsTests : IDisposable
{
    private const string LogFolder = ".modulegen/logs";
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task ConfigureDeployment_TwoNamedDeployments_BothRecorded()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);
        await Scaffold(server, "orders");

        await Call(server, "configure_deployment", new() { ["module"] = "orders", ["name"] = "production", ["strategy"] = "git", ["settings"] = new Dictionary<string, object?> { ["host"] = "prod.example.com", ["branch"] = "release" } });
        var second = await Call(server, "configure_deployment", new() { ["module"] = "orders", ["name"] = "staging", ["strategy"] = "rsync", ["settings"] = new Dictionary<string, object?> { ["host"] = "stage.example.com", ["excludes"] = new[] { ".git/" } } });

        second.StructuredContent!.Value.GetProperty("deployments").EnumerateArray().Select(d => d.GetString()).Should().Equal("production", "staging");
        _ws.Exists("modules/orders/deploy/production.sh").Should().BeTrue();
        _ws.Read("modules/orders/deploy/staging.yaml").Should().Contain("host: \"stage.example.com\"");
    }

    public static TheoryData<string, object?, string, string> Hostile => new()
    {
        { "name", "../../etc/cron.d/x", "deploy.name_invalid", "/name" },
        { "name", "/abs", "deploy.name_invalid", "/name" },
        { "module", "../orders", "name.path_separator", "/module" },
        { "strategy", "scp", "deploy.strategy_unknown", "/strategy" },
        { "settings", new Dictionary<string, object?> { ["host"] = "h", ["password"] = "hunter2" }, "deploy.secret_refused", "/settings/password" },
        { "settings", new Dictionary<string, object?> { ["host"] = "h", ["repository"] = "https://me:hunter2@git.example.com/x.git" }, "deploy.secret_refused", "/settings/repository" },
        { "settings", new Dictionary<string, object?> { ["host"] = "h; rm -rf /" }, "deploy.setting_invalid", "/settings/host" },
        { "settings", new Dictionary<string, object?> { ["host"] = "h", ["path"] = "/opt/x'; touch /tmp/pwned; '" }, "deploy.setting_invalid", "/settings/path" },
        { "settings", "not an object", "argument.invalid", "/settings" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task HostileOrSecretInput_IsRefusedAtItsPointer_NotEchoed_AndNothingChanges(string argument, object? value, string code, string pointer)
    {
        await using var server = await InProcess.StartAsync(_ws.Root);
        await Scaffold(server, "orders");
        var before = _ws.TreeHash(LogFolder);
        var args = new Dictionary<string, object?> { ["module"] = "orders", ["name"] = "production", ["strategy"] = "git", ["settings"] = new Dictionary<string, object?> { ["host"] = "h" } };
        args[argument] = value;

        var result = await server.Client.CallToolAsync("configure_deployment", args, cancellationToken: StdioServer.Deadline());

        result.IsError.Should().BeTrue();
        var error = result.StructuredContent!.Value.GetProperty("errors")[0];
        error.GetProperty("code").GetString().Should().Be(code);
        error.GetProperty("pointer").GetString().Should().Be(pointer);
        (Text(result) + result.StructuredContent.Value.GetRawText()).Should().NotContain("hunter2");
        _ws.TreeHash(LogFolder).Should().Be(before);
    }

    public void Dispose() => _ws.Dispose();
}
