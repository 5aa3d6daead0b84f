using ModuleGen.Mcp.Hosting;
using Serilog.Events;

namespace ModuleGen.Mcp.Tests.Support;

/// <summary>Starts the composed server in-process over pipes (the way the CLI does): fast, for adapter tests.</summary>
internal static class InProcess
{
    public static Task<InProcessServer> StartAsync(string workspace) =>
        InProcessServer.StartAsync(new ServerSettings(workspace, LogEventLevel.Warning, LogEventLevel.Fatal), StdioServer.Deadline());
}
