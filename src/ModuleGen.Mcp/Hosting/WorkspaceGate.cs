using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Mcp.Tools;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Lets the server start even when the workspace cannot be opened (missing folder, bad modulegen.yaml), so the
/// client connects and every tool call answers with the configuration errors instead of a silent crash; and reads
/// modulegen.yaml again before each call when it changed (<see cref="WorkspaceHost.Refresh"/>).</summary>
internal static class WorkspaceGate
{
    public static McpRequestFilter<CallToolRequestParams, CallToolResult> Create() =>
        next => (request, cancellationToken) =>
            request.Services!.GetRequiredService<WorkspaceHost>().Refresh() is { IsOk: false } failed
                ? ValueTask.FromResult(ToolResultMapper.Failure(failed.Errors))
                : next(request, cancellationToken);
}
