using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ModuleGen.Mcp.Tools;

/// <summary>Sends Core's progress reports as MCP progress notifications as they happen (synchronously queued, in order),
/// and lets a tool wait until every notification is sent before it answers, so none arrives after the result.</summary>
internal sealed class ProgressRelay<T>(McpServer server, ProgressToken token, Func<T, ProgressNotificationValue> map, CancellationToken cancellationToken) : IProgress<T>
{
    private readonly List<Task> _sent = [];

    /// <summary>Creates a relay when the client asked for progress (sent a progress token), else null.</summary>
    public static ProgressRelay<T>? For(RequestContext<CallToolRequestParams> request, Func<T, ProgressNotificationValue> map, CancellationToken cancellationToken) =>
        request.Params?.ProgressToken is { } token ? new ProgressRelay<T>(request.Server, token, map, cancellationToken) : null;

    public void Report(T value)
    {
        lock (_sent)
        {
            _sent.Add(server.NotifyProgressAsync(token, map(value), cancellationToken: cancellationToken));
        }
    }

    /// <summary>Completes when every notification reported so far has been sent.</summary>
    public Task FlushAsync()
    {
        lock (_sent)
        {
            return Task.WhenAll(_sent.ToArray());
        }
    }
}
