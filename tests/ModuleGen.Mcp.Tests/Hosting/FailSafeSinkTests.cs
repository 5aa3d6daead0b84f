using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace ModuleGen.Mcp.Tests.Hosting;

public sealed class FailSafeSinkTests
{
    [Fact]
    public void ASinkThatThrowsOnWriteAndOnClose_NeverThrowsThroughTheGuard_AndIsReportedOnce()
    {
        var report = new StringWriter();
        var sink = new FailSafeSink(new ThrowingSink(), report);

        sink.Emit(Event("one"));
        sink.Emit(Event("two"));
        sink.Dispose();

        report.ToString().Should().Contain("No space left on device");
        report.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [UnixFact]
    public void TheWorkspaceLogFile_WhoseWriteIsRefused_LogsAndClosesWithoutThrowing()
    {
        // The logs folder swapped for a link: the rooted log file refuses every line; that costs the log, never the process.
        using var ws = new TempWorkspace();
        var workspace = ModuleGen.Core.Workspace.ModuleGenWorkspace.Open(ws.Root).Value;
        var file = new ModuleGen.Core.Telemetry.RollingLogFile(workspace, workspace.Guard.Resolve(".modulegen/logs", "").Value);
        ws.Link(".modulegen/logs", ws.Outside);
        var report = new StringWriter();
        var logger = new LoggerConfiguration()
            .WriteTo.Sink(new FailSafeSink(new RootedLogFile(file, "{Message}"), report))
            .CreateLogger();

        logger.Information("{Text}", "one");
        logger.Information("{Text}", "two");
        var closing = () => logger.Dispose();

        closing.Should().NotThrow();
        report.ToString().Should().Contain("could not be written");
        Directory.EnumerateFileSystemEntries(ws.Outside).Should().BeEmpty();
    }

    private static LogEvent Event(string text) =>
        new(DateTimeOffset.UnixEpoch, LogEventLevel.Information, null, new MessageTemplate(text, []), []);

    private sealed class ThrowingSink : ILogEventSink, IDisposable
    {
        public void Emit(LogEvent logEvent) => throw new IOException("No space left on device");

        public void Dispose() => throw new IOException("No space left on device");
    }
}
