using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Mcp.Tools;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Lets the server start even when the workspace cannot be opened (missing folder, bad modulegen.yaml), so the
/// client connects and every tool call answers with the configuration errors instead of a silent crash; and reads
/// modulegen.yaml again before each call when it changed (<see cref="WorkspaceHost.Refresh"/>). A server: section
/// naming a tool or set that does not exist is reported the same way (<see cref="ToolSurface.Errors"/>).</summary>
internal static class WorkspaceGate
{
    public static McpRequestFilter<CallToolRequestParams, CallToolResult> Create() =>
        next => (request, cancellationToken) =>
            request.Services!.GetRequiredService<WorkspaceHost>().Refresh() is { IsOk: false } failed
                ? ValueTask.FromResult(ToolResultMapper.Failure(failed.Errors))
                : request.Services!.GetRequiredService<ToolSurface>().Errors is { Count: > 0 } surface
                    ? ValueTask.FromResult(ToolResultMapper.Failure(surface)) // a server: section that names what does not exist
                    : next(request, cancellationToken);
}
