using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;
using Serilog;
using Serilog.Configuration;
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
    public void TheRealFileSink_OnAFullDevice_LogsAndClosesWithoutThrowing()
    {
        // /dev/full answers every write with ENOSPC: the file sink's flush on close used to escape and abort the process.
        if (!File.Exists("/dev/full"))
        {
            return;
        }

        var report = new StringWriter();
        var logger = new LoggerConfiguration()
            .WriteTo.Sink(LoggerSinkConfiguration.Wrap(s => new FailSafeSink(s, report), to => to.File("/dev/full", buffered: true)))
            .CreateLogger();

        logger.Information("{Text}", new string('z', 64 * 1024));
        var closing = () => logger.Dispose();

        closing.Should().NotThrow();
        report.ToString().Should().Contain("could not be written");
    }

    private static LogEvent Event(string text) =>
        new(DateTimeOffset.UnixEpoch, LogEventLevel.Information, null, new MessageTemplate(text, []), []);

    private sealed class ThrowingSink : ILogEventSink, IDisposable
    {
        public void Emit(LogEvent logEvent) => throw new IOException("No space left on device");

        public void Dispose() => throw new IOException("No space left on device");
    }
}
