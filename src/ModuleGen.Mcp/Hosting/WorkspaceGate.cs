using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;
using ModuleGen.Mcp.Tools;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Lets the server start even when the workspace cannot be opened (missing folder, bad modulegen.yaml), so the
/// client connects and every tool call answers with the configuration errors instead of a silent crash.</summary>
internal static class WorkspaceGate
{
    public static McpRequestFilter<CallToolRequestParams, CallToolResult> Create(Result<ModuleGenWorkspace> workspace) =>
        next => (request, cancellationToken) =>
            workspace.IsOk ? next(request, cancellationToken) : ValueTask.FromResult(ToolResultMapper.Failure(workspace.Errors));
}
