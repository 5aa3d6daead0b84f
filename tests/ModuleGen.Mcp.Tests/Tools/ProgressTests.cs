using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;
using ModuleGen.Mcp.Tools;

namespace ModuleGen.Mcp.Tests.Tools;

/// <summary>Every long call relays progress when the request carries a progress token — the first step at once, then at
/// most four a second, the finished count last — and nothing when it does not.</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void Throttle_LetsTheFirstEventThrough_ThenOnePerInterval()
    {
        var clock = new SteppedClock();
        var throttle = new ProgressRelay<int>.Throttle(clock, TimeSpan.FromMilliseconds(250));

        var allowed = new List<bool>();
        foreach (var step in new[] { 0, 100, 249, 250, 300, 499, 500, 2000 })
        {
            clock.Milliseconds = step;
            allowed.Add(throttle.Allows());
        }

        allowed.Should().Equal(true, false, false, true, false, false, true, true);
    }

    [Fact]
    public async Task AuditWorkspace_WithProgress_SendsTheFirstStepAndTheFinishedCount()
    {
        foreach (var name in new[] { "alpha", "beta", "gamma" })
        {
            _ws.Write($"modules/{name}/README.md", "# module\n");
        }

        await using var server = await InProcess.StartAsync(_ws.Root);
        var seen = await Notifications.CollectAsync(server.Client, "audit_workspace", new());

        seen.First().Should().Be((1f, 4f, "audited workspace"));
        seen.Last().Should().Be((4f, 4f, "audited gamma"));
    }

    [Fact]
    public async Task BuildContext_WithProgress_ReportsItsStages()
    {
        _ws.Write("modules/billing/README.md", "# billing\n");
        await using var server = await InProcess.StartAsync(_ws.Root);

        var seen = await Notifications.CollectAsync(server.Client, "build_context", new() { ["module"] = "orders" });

        seen.First().Should().Be((1f, 4f, "found 1 module(s)"));
        seen.Last().Progress.Should().Be(4);
    }

    [Fact]
    public async Task SpecDocsTools_WithProgress_ReportEachSourceFileAndTheCheck()
    {
        _ws.Write("modules/orders/core.py", "# REQ-ORDERS-1\n");
        _ws.Write("modules/orders/tests/test_core.py", "# SCEN-ORDERS-1\n");
        await using var server = await InProcess.StartAsync(_ws.Root);
        (await server.Client.CallToolAsync("scaffold", Arguments("""{"template": "intent-docs", "target_dir": "modules/orders", "variables": {"module": "orders"}}"""), cancellationToken: StdioServer.Deadline()))
            .IsError.Should().NotBe(true);

        var trace = await Notifications.CollectAsync(server.Client, "trace_matrix", new() { ["module"] = "orders" });
        var check = await Notifications.CollectAsync(server.Client, "check_docs", new() { ["module"] = "orders" });

        trace.First().Should().Be((1f, 2f, "read modules/orders/core.py"));
        trace.Last().Should().Be((2f, 2f, "read modules/orders/tests/test_core.py"));
        check.Select(c => c.Progress).Should().Equal(0, 1);
    }

    [Fact]
    public async Task UpdateAndSync_WithProgress_ReportStartAndEnd()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);
        _ws.Write("workspace.yaml", "load_from:\n");
        foreach (var name in new[] { "alpha", "beta" })
        {
            (await server.Client.CallToolAsync("scaffold", Arguments($$"""{"template": "dagster-module", "target_dir": "modules/{{name}}", "variables": {"module": "{{name}}"}, "addons": ["workspace"]}"""),
                cancellationToken: StdioServer.Deadline())).IsError.Should().NotBe(true);
        }

        var update = await Notifications.CollectAsync(server.Client, "update_module", new() { ["target_dir"] = "modules/alpha", ["dry_run"] = true });
        var sync = await Notifications.CollectAsync(server.Client, "workspace_sync", new() { ["dry_run"] = true });

        update.Should().Equal((0f, 1f, "updating modules/alpha"), (1f, 1f, "updated modules/alpha"));
        sync.First().Should().Be((1f, 2f, "planned alpha"));
        sync.Last().Should().Be((2f, 2f, "planned beta"));
    }

    [Fact]
    public async Task LongCall_WithoutAProgressToken_SendsNoNotification()
    {
        _ws.Write("modules/alpha/README.md", "# module\n");
        await using var server = await InProcess.StartAsync(_ws.Root);
        var count = 0;
        await using var handler = server.Client.RegisterNotificationHandler(NotificationMethods.ProgressNotification, (_, _) =>
        {
            Interlocked.Increment(ref count);
            return ValueTask.CompletedTask;
        });

        (await server.Client.CallToolAsync("audit_workspace", cancellationToken: StdioServer.Deadline())).IsError.Should().NotBe(true);
        (await server.Client.CallToolAsync("build_context", Arguments("""{"module": "orders"}"""), cancellationToken: StdioServer.Deadline())).IsError.Should().NotBe(true);
        (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).Should().NotBeEmpty(); // a round trip after both answers

        count.Should().Be(0);
    }

    public void Dispose() => _ws.Dispose();

    private static Dictionary<string, object?> Arguments(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!.ToDictionary(p => p.Key, p => (object?)p.Value);

    /// <summary>A clock whose timestamps are the milliseconds a test sets.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        public long Milliseconds { get; set; }

        public override long TimestampFrequency => 1000;

        public override long GetTimestamp() => Milliseconds;
    }
}

/// <summary>Calls a tool with a progress token and collects its notifications until the finished count arrives.</summary>
internal static class Notifications
{
    public static async Task<IReadOnlyList<(float Progress, float? Total, string? Message)>> CollectAsync(McpClient client, string tool, Dictionary<string, object?> arguments)
    {
        var seen = new List<(float, float?, string?)>();
        var finished = new TaskCompletionSource();
        var token = new ProgressToken($"{tool}-{Guid.NewGuid():N}");
        var handler = client.RegisterNotificationHandler(NotificationMethods.ProgressNotification, (notification, _) =>
        {
            var value = (ProgressNotificationParams)JsonSerializer.Deserialize(notification.Params, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ProgressNotificationParams)))!;
            if (value.ProgressToken.ToString() == token.ToString())
            {
                lock (seen)
                {
                    seen.Add((value.Progress.Progress, value.Progress.Total, value.Progress.Message));
                    if (value.Progress.Progress >= value.Progress.Total)
                    {
                        finished.TrySetResult();
                    }
                }
            }

            return ValueTask.CompletedTask;
        });

        var result = await client.CallToolAsync(tool, arguments, options: new RequestOptions { ProgressToken = token }, cancellationToken: StdioServer.Deadline());
        result.IsError.Should().NotBe(true, string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text)));
        await finished.Task.WaitAsync(StdioServer.Timeout);

        // The client hands each incoming message to the thread pool, so an earlier notification's handler may still be
        // running: a round trip puts every notification of the call behind us, and disposing the handler waits for the
        // invocations in flight. They were sent in order; order them by progress (each value is sent once).
        await client.ListToolsAsync(cancellationToken: StdioServer.Deadline());
        await handler.DisposeAsync();
        lock (seen)
        {
            return [.. seen.OrderBy(s => s.Item1)];
        }
    }
}
