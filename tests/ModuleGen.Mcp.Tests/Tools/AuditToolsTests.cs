using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Tools;

public sealed class AuditToolsTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task AuditWorkspace_WithProgress_NotifiesOncePerModulePlusWorkspace()
    {
        foreach (var name in new[] { "alpha", "beta", "gamma" })
        {
            _ws.Write($"modules/{name}/README.md", "# module\n");
        }

        await using var server = await InProcess.StartAsync(_ws.Root);
        var notifications = new List<ProgressNotificationValue>();
        var allFour = new TaskCompletionSource();
        await using var handler = server.Client.RegisterNotificationHandler(NotificationMethods.ProgressNotification, (notification, _) =>
        {
            var value = (ProgressNotificationParams)JsonSerializer.Deserialize(notification.Params, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ProgressNotificationParams)))!;
            lock (notifications)
            {
                notifications.Add(value.Progress);
                if (notifications.Count == 4)
                {
                    allFour.TrySetResult();
                }
            }

            return ValueTask.CompletedTask;
        });

        var result = await server.Client.CallToolAsync("audit_workspace", new Dictionary<string, object?>(),
            options: new RequestOptions { ProgressToken = new ProgressToken("audit-1") }, cancellationToken: StdioServer.Deadline());

        result.IsError.Should().NotBe(true);
        await allFour.Task.WaitAsync(StdioServer.Timeout);
        notifications.OrderBy(n => n.Progress).Select(n => (n.Progress, n.Total, n.Message)).Should().Equal(
            (1f, 4f, "audited workspace"), (2f, 4f, "audited alpha"), (3f, 4f, "audited beta"), (4f, 4f, "audited gamma"));
    }

    public void Dispose() => _ws.Dispose();
}
