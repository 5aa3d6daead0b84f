using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Hosting;

namespace ModuleGen.Mcp.Tests.Tools;

/// <summary>Calls the template and scaffold tools through the real server, in process, as any MCP client would.</summary>
public sealed class TemplateAndScaffoldToolsTests : IAsyncLifetime
{
    private readonly string _root = Path.Join(Path.GetTempPath(), "modulegen-tool-tests", Guid.NewGuid().ToString("N"));
    private InProcessServer _server = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        _server = await InProcessServer.StartAsync(new ServerSettings(_root, Serilog.Events.LogEventLevel.Warning, Serilog.Events.LogEventLevel.Fatal), CancellationToken.None);
    }

    [Fact]
    public async Task ListTemplates_ReturnsTheBuiltInPacks()
    {
        var result = await _server.Client.CallToolAsync("list_templates");

        result.IsError.Should().NotBe(true);
        result.StructuredContent!.Value.GetProperty("templates").EnumerateArray().Select(t => t.GetProperty("name").GetString())
            .Should().Equal("dagster-module", "intent-docs", "python-module");
    }

    [Fact]
    public async Task BuildContext_ListsThePacks()
    {
        var result = await _server.Client.CallToolAsync("build_context", new Dictionary<string, object?> { ["module"] = "orders" });

        result.StructuredContent!.Value.GetProperty("templates").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task DescribeTemplate_UnknownPack_IsErrorWithCode()
    {
        var result = await _server.Client.CallToolAsync("describe_template", new Dictionary<string, object?> { ["template"] = "nope" });

        result.IsError.Should().BeTrue();
        result.StructuredContent!.Value.GetProperty("errors")[0].GetProperty("code").GetString().Should().Be("template.not_found");
    }

    [Fact]
    public async Task Scaffold_WithProgress_NotifiesTheFirstFileAndTheLast_BeforeAnswering()
    {
        var notifications = new List<ProgressNotificationValue>();
        var last = new TaskCompletionSource();
        await using var handler = _server.Client.RegisterNotificationHandler(NotificationMethods.ProgressNotification, (notification, _) =>
        {
            var value = JsonSerializer.Deserialize(notification.Params, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ProgressNotificationParams))) as ProgressNotificationParams;
            lock (notifications)
            {
                notifications.Add(value!.Progress);

                // The client may run its notification handlers concurrently: wait for the first and the last, in
                // whichever order they are handled.
                if (notifications.Any(n => n.Progress == 1) && notifications.Any(n => n.Progress == 7))
                {
                    last.TrySetResult();
                }
            }

            return ValueTask.CompletedTask;
        });

        var result = await _server.Client.CallToolAsync("scaffold", new Dictionary<string, object?>
        {
            ["template"] = "intent-docs",
            ["target_dir"] = "modules/orders",
            ["variables"] = JsonDocument.Parse("{\"module\": \"orders\"}").RootElement,
        }, options: new RequestOptions { ProgressToken = new ProgressToken("scaffold-1") });

        result.IsError.Should().NotBe(true);
        File.Exists(Path.Join(_root, "modules", "orders", "docs", "TASKS.md")).Should().BeTrue();
        await last.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var progress = notifications.Select(n => n.Progress).Order().ToList();
        progress.Should().OnlyHaveUniqueItems().And.HaveCountGreaterThanOrEqualTo(2, "the first file goes out at once, the last at the end");
        progress[0].Should().Be(1);
        progress[^1].Should().Be(7);
        notifications.Should().OnlyContain(n => n.Total == 7 && n.Message!.StartsWith("create modules/orders/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scaffold_VariablesNotAnObject_IsErrorAtVariables()
    {
        var result = await _server.Client.CallToolAsync("scaffold", new Dictionary<string, object?>
        {
            ["template"] = "intent-docs",
            ["target_dir"] = "modules/orders",
            ["variables"] = JsonDocument.Parse("[1]").RootElement,
        });

        result.IsError.Should().BeTrue();
        result.StructuredContent!.Value.GetProperty("errors")[0].GetProperty("pointer").GetString().Should().Be("/variables");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
