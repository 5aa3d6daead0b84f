using System.Globalization;
using ModuleGen.Core.Telemetry;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Formats each event with the log's template and hands it to the workspace's <see cref="RollingLogFile"/>,
/// which writes it through the rooted file operations (Serilog's own file sink opens its file by path and would follow
/// a swapped logs folder or a planted hard link out of the workspace).</summary>
internal sealed class RootedLogFile(RollingLogFile file, string outputTemplate) : ILogEventSink
{
    private readonly MessageTemplateTextFormatter _formatter = new(outputTemplate, CultureInfo.InvariantCulture);

    public void Emit(LogEvent logEvent)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        _formatter.Format(logEvent, text);
        file.Append(logEvent.Timestamp, text.ToString());
    }
}
