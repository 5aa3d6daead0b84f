using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Common;

namespace ModuleGen.Mcp.Tools;

/// <summary>Sends Core's progress reports as MCP progress notifications, in order and at most a few per second, and lets
/// a tool wait until they are sent before it answers, so none arrives after the result.</summary>
/// <remarks>The first report goes out at once; later ones at most every <see cref="MinInterval"/>, each carrying the
/// newest state (a 5,000-module audit reports thousands of steps in a couple of seconds, which a client would only
/// redraw); <see cref="FlushAsync"/> sends the last state held back, so the final notification is the finished count.
/// A call that was cancelled sends nothing more.</remarks>
internal sealed class ProgressRelay<T> : IProgress<T>
{
    /// <summary>The least time between two notifications of one call: four a second.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(250);

    private readonly McpServer _server;
    private readonly ProgressToken _token;
    private readonly Func<T, ProgressNotificationValue> _map;
    private readonly CancellationToken _cancellationToken;
    private readonly Throttle _throttle;
    private readonly Lock _gate = new();
    private Task _sent = Task.CompletedTask;
    private ProgressNotificationValue? _held;

    private ProgressRelay(McpServer server, ProgressToken token, Func<T, ProgressNotificationValue> map, TimeProvider clock, CancellationToken cancellationToken)
    {
        _server = server;
        _token = token;
        _map = map;
        _cancellationToken = cancellationToken;
        _throttle = new Throttle(clock, MinInterval);
    }

    /// <summary>Creates a relay when the client asked for progress (sent a progress token), else null.</summary>
    public static ProgressRelay<T>? For(RequestContext<CallToolRequestParams> request, Func<T, ProgressNotificationValue> map, CancellationToken cancellationToken) =>
        request.Params?.ProgressToken is { } token
            ? new ProgressRelay<T>(request.Server, token, map, request.Services?.GetService<TimeProvider>() ?? TimeProvider.System, cancellationToken)
            : null;

    /// <summary>Runs a tool's work with a relay (null when no progress was asked for) and answers only once every
    /// notification it reported has been sent.</summary>
    public static async Task<CallToolResult> AroundAsync(
        RequestContext<CallToolRequestParams> request, Func<T, ProgressNotificationValue> map, Func<IProgress<T>?, Task<CallToolResult>> work, CancellationToken cancellationToken)
    {
        var progress = For(request, map, cancellationToken);
        var result = await work(progress);
        if (progress is not null)
        {
            await progress.FlushAsync();
        }

        return result;
    }

    public void Report(T value)
    {
        lock (_gate)
        {
            if (_cancellationToken.IsCancellationRequested)
            {
                return;
            }

            if (_throttle.Allows())
            {
                _held = null;
                Send(_map(value));
            }
            else
            {
                _held = _map(value);
            }
        }
    }

    /// <summary>Sends the state held back, then completes when every notification has been sent.</summary>
    public Task FlushAsync()
    {
        lock (_gate)
        {
            if (_held is { } last && !_cancellationToken.IsCancellationRequested)
            {
                _held = null;
                Send(last);
            }

            return _sent;
        }
    }

    // Each notification waits for the one before it: two sends in flight at once could reach the transport out of order.
    private void Send(ProgressNotificationValue value) => _sent = SendAfterAsync(_sent, value);

    private async Task SendAfterAsync(Task previous, ProgressNotificationValue value)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _server.NotifyProgressAsync(_token, value, cancellationToken: _cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lets an event through at once, then at most once per interval.</summary>
    internal sealed class Throttle(TimeProvider clock, TimeSpan interval)
    {
        private long? _last;

        /// <summary>Returns whether an event may go now (and counts it as gone).</summary>
        public bool Allows()
        {
            var now = clock.GetTimestamp();
            if (_last is { } last && clock.GetElapsedTime(last, now) < interval)
            {
                return false;
            }

            _last = now;
            return true;
        }
    }
}

/// <summary>Maps Core's <see cref="StepProgress"/> to a progress notification.</summary>
internal static class StepNotifications
{
    public static ProgressNotificationValue Of(StepProgress step) => new() { Progress = step.Done, Total = step.Total, Message = step.Message };
}
