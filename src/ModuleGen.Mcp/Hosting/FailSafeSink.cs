using Serilog.Core;
using Serilog.Events;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Wraps a sink (the rolling log file) so that no failure of it — a full disk, a folder removed, a permission
/// taken away — ever leaves it: writing, flushing and closing are each caught, and the first failure is reported once
/// on <paramref name="report"/> (stderr).</summary>
/// <remarks>Serilog already catches what a sink throws while writing an event, but not what it throws when it is
/// disposed: the file sink flushes its buffer there, and an <see cref="IOException"/> (ENOSPC) on the way out of the
/// process was unhandled, so the runtime aborted (SIGABRT, exit 134) instead of the server exiting cleanly.</remarks>
internal sealed class FailSafeSink(ILogEventSink inner, TextWriter report) : ILogEventSink, IDisposable
{
    private int _reported;

    public void Emit(LogEvent logEvent)
    {
        try
        {
            inner.Emit(logEvent);
        }
        catch (Exception ex)
        {
            Report(ex);
        }
    }

    public void Dispose()
    {
        try
        {
            (inner as IDisposable)?.Dispose();
        }
        catch (Exception ex)
        {
            Report(ex);
        }
    }

    private void Report(Exception ex)
    {
        if (Interlocked.Exchange(ref _reported, 1) != 0)
        {
            return;
        }

        try
        {
            report.WriteLine($"modulegen: the log file could not be written ({ex.GetType().Name}: {ex.Message}); lines that cannot be written are dropped.");
        }
        catch (IOException)
        {
            // stderr is gone too: there is nobody left to tell.
        }
    }
}
