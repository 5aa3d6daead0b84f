using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Tools;

/// <summary>update_module without a module: the check of every generated module (dry run), with a progress notification
/// per module when the client sends a progress token, and the update of each one behind.</summary>
public sealed class UpdateToolsTests : IDisposable
{
    private static readonly string[] s_modules = ["alpha", "beta", "gamma"];

    private readonly TempWorkspace _ws = new();

    // Three python-module modules whose answers record an older pack version than the built-in one.
    private async Task<InProcessServer> ThreeOutdatedModules()
    {
        var server = await InProcess.StartAsync(_ws.Root);
        foreach (var name in s_modules)
        {
            var scaffolded = await server.Client.CallToolAsync("scaffold", new Dictionary<string, object?>
            {
                ["template"] = "python-module", ["target_dir"] = $"modules/{name}", ["variables"] = new Dictionary<string, object?> { ["module"] = name },
            }, cancellationToken: StdioServer.Deadline());
            scaffolded.IsError.Should().NotBe(true);
            var answers = $"modules/{name}/.modulegen-answers.yaml";
            _ws.Write(answers, System.Text.RegularExpressions.Regex.Replace(_ws.Read(answers), "(?m)^version: .*$", "version: \"0.9.0\""));
        }

        return server;
    }

    [Fact]
    public async Task UpdateModule_NoTargetDryRun_ChecksEveryModuleWithProgressAndWritesNothing()
    {
        await using var server = await ThreeOutdatedModules();
        var tool = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).Single(t => t.Name == "update_module");
        var notifications = new List<ProgressNotificationValue>();
        var finished = new TaskCompletionSource();
        await using var handler = server.Client.RegisterNotificationHandler(NotificationMethods.ProgressNotification, (notification, _) =>
        {
            var value = (ProgressNotificationParams)JsonSerializer.Deserialize(notification.Params, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ProgressNotificationParams)))!;
            lock (notifications)
            {
                notifications.Add(value.Progress);

                // The client may hand notifications to this handler out of order (under load the first one arrived after
                // the last): wait for both of those the relay always sends.
                if (notifications.Any(n => n.Progress == 1) && notifications.Any(n => n.Progress == 3))
                {
                    finished.TrySetResult();
                }
            }

            return ValueTask.CompletedTask;
        });
        var before = _ws.TreeHash(".modulegen");

        var result = await server.Client.CallToolAsync("update_module", new Dictionary<string, object?> { ["dry_run"] = true },
            options: new RequestOptions { ProgressToken = new ProgressToken("check-1") }, cancellationToken: StdioServer.Deadline());

        result.IsError.Should().NotBe(true);
        _ws.TreeHash(".modulegen").Should().Be(before);
        var modules = result.StructuredContent!.Value.GetProperty("modules").EnumerateArray().ToArray();
        modules.Select(m => (m.GetProperty("module").GetString(), m.GetProperty("state").GetString(), m.GetProperty("from_version").GetString(), m.GetProperty("clean").GetBoolean()))
            .Should().Equal(("alpha", "outdated", "0.9.0", true), ("beta", "outdated", "0.9.0", true), ("gamma", "outdated", "0.9.0", true));
        OutputSchemaCheck.Violations(tool.ProtocolTool.OutputSchema!.Value, result.StructuredContent!.Value).Should().BeEmpty();
        // Progress is sent at most four times a second: the first module and the finished count always, those between
        // when time allows.
        await finished.Task.WaitAsync(StdioServer.Timeout);
        var seen = notifications.OrderBy(n => n.Progress).Select(n => (n.Progress, n.Total, n.Message)).ToArray();
        seen.First().Should().Be((1f, 3f, "alpha: outdated"));
        seen.Last().Should().Be((3f, 3f, "gamma: outdated"));
        seen.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task UpdateModule_NoTarget_UpdatesEveryModuleBehind()
    {
        await using var server = await ThreeOutdatedModules();

        var result = await server.Client.CallToolAsync("update_module", new Dictionary<string, object?>(), cancellationToken: StdioServer.Deadline());

        result.IsError.Should().NotBe(true);
        result.StructuredContent!.Value.GetProperty("counts").GetProperty("updated").GetInt32().Should().Be(3);
        result.StructuredContent!.Value.GetProperty("needs_attention").GetBoolean().Should().BeFalse();
        var current = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Join(RepoPaths.Root, "templates", "packs", "python-module", "template.yaml")), "(?m)^version: \"?([0-9.]+)").Groups[1].Value;
        _ws.Read("modules/beta/.modulegen-answers.yaml").Should().Contain($"version: \"{current}\"", "the pack's current version");
    }

    [Fact]
    public async Task UpdateModule_DoneForAStepNeverRecorded_RefusedWithItsPointer()
    {
        await using var server = await ThreeOutdatedModules();

        var result = await server.Client.CallToolAsync("update_module", new Dictionary<string, object?> { ["target_dir"] = "modules/alpha", ["done"] = "layout/review" },
            cancellationToken: StdioServer.Deadline());

        result.IsError.Should().BeTrue();
        var error = result.StructuredContent!.Value.GetProperty("errors")[0];
        (error.GetProperty("code").GetString(), error.GetProperty("pointer").GetString()).Should().Be(("update.migration_unknown", "/done/0"));
    }

    public void Dispose() => _ws.Dispose();
}
