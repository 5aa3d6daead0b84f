using ModuleGen.Mcp.Hosting;
using Serilog.Events;

namespace ModuleGen.Mcp.Tests.Support;

/// <summary>Starts the composed server in-process over pipes (the way the CLI does): fast, for adapter tests.</summary>
internal static class InProcess
{
    public static Task<InProcessServer> StartAsync(string workspace) => StartAsync(Settings(workspace));

    /// <summary>Starts it with settings a test chose (tool sets, read-only), e.g. <c>Settings(root) with { ReadOnly = true }</c>.</summary>
    public static Task<InProcessServer> StartAsync(ServerSettings settings, ModelContextProtocol.Client.McpClientOptions? client = null) =>
        InProcessServer.StartAsync(settings, StdioServer.Deadline(), client: client);

    /// <summary>The settings every in-process test starts from: quiet logs, as `modulegen serve` would narrow them.</summary>
    public static ServerSettings Settings(string workspace) =>
        new(workspace, LogEventLevel.Warning, LogEventLevel.Fatal) { NarrowByWorkspace = true };
}
