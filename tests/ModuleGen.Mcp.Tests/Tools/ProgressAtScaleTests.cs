using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Tools;

/// <summary>Progress on a 5,000-module workspace: the audit's 5,001 steps reach the client as a handful of
/// notifications, the first step and the finished count among them; a cancelled audit stops, writes no report, and the server
/// keeps serving. (How long the call takes with and without a progress token is measured in BENCHMARKS.md, not here.)</summary>
public sealed class ProgressAtScaleTests(ProgressAtScaleTests.Farm farm) : IClassFixture<ProgressAtScaleTests.Farm>
{
    public const int Modules = 5000;

    [Fact]
    public async Task AuditWorkspace_5000Modules_NotificationsAreFew_FirstStepAndFinishedCountIncluded()
    {
        await using var server = await InProcess.StartAsync(farm.Workspace.Root);

        var seen = await Notifications.CollectAsync(server.Client, "audit_workspace", new());

        seen.Should().HaveCountGreaterThanOrEqualTo(2).And.HaveCountLessThan(Modules / 10, "at most four a second, not one per module");
        seen.Select(s => s.Progress).Should().OnlyHaveUniqueItems();
        seen[0].Should().Be((1f, Modules + 1f, "audited workspace"));
        seen[^1].Should().Be((Modules + 1f, Modules + 1f, $"audited {Farm.Name(Modules - 1)}"));
    }

    [Fact]
    public async Task BuildContext_5000Modules_ReportsEveryStage()
    {
        await using var server = await InProcess.StartAsync(farm.Workspace.Root);

        var seen = await Notifications.CollectAsync(server.Client, "build_context", new() { ["module"] = "orders" });

        seen[0].Should().Be((1f, 4f, $"found {Modules} module(s)"));
        seen[^1].Progress.Should().Be(4);
    }

    [Fact]
    public async Task AuditWorkspace_CancelledMidway_StopsWritesNoReport_AndTheServerKeepsServing()
    {
        var server = await InProcess.StartAsync(farm.Workspace.Root);
        try
        {
            using var cancel = new CancellationTokenSource(StdioServer.Timeout);
            await using var handler = server.Client.RegisterNotificationHandler(NotificationMethods.ProgressNotification, (_, _) =>
            {
                cancel.Cancel(); // the first step has been audited: cancel the rest
                return ValueTask.CompletedTask;
            });

            var call = () => server.Client.CallToolAsync("audit_workspace", new Dictionary<string, object?> { ["format"] = "markdown", ["report_path"] = "audit.md" },
                options: new RequestOptions { ProgressToken = new ProgressToken("cancelled-audit") }, cancellationToken: cancel.Token).AsTask();

            await call.Should().ThrowAsync<OperationCanceledException>();
            var after = await server.Client.CallToolAsync("workspace_list", cancellationToken: StdioServer.Deadline());
            after.IsError.Should().NotBe(true, "the server keeps serving after a cancelled call");
        }
        finally
        {
            await server.DisposeAsync(); // waits for the calls in flight, so the call log is complete
        }

        farm.Workspace.Exists("audit.md").Should().BeFalse("a cancelled audit writes no report");
        farm.LastOutcome("audit_workspace").Should().Be("exception", "the audit stopped instead of running to the end");
    }

    /// <summary>One workspace of 5,000 small modules, made once for the class.</summary>
    public sealed class Farm : IDisposable
    {
        public Farm()
        {
            for (var i = 0; i < Modules; i++)
            {
                Workspace.Write($"modules/{Name(i)}/README.md", $"# {Name(i)}\n");
            }
        }

        public TempWorkspace Workspace { get; } = new();

        public static string Name(int i) => $"m{i:D4}";

        /// <summary>Returns the outcome of the call log's last line for <paramref name="tool"/>.</summary>
        public string? LastOutcome(string tool) =>
            File.ReadLines(Path.Join(Workspace.Root, ".modulegen", "logs", "tool-calls.jsonl"))
                .Select(l => JsonDocument.Parse(l).RootElement)
                .Last(e => e.GetProperty("tool").GetString() == tool)
                .GetProperty("outcome").GetString();

        public void Dispose() => Workspace.Dispose();
    }
}
