using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Mcp.Tools;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Refuses a tools/call whose arguments do not fit the tool's input schema (<see cref="ArgumentCheck"/>) with an
/// isError result, before the SDK binds them.</summary>
internal static class ArgumentCheckFilter
{
    public static McpRequestFilter<CallToolRequestParams, CallToolResult> Create() =>
        next => (request, cancellationToken) =>
            request.MatchedPrimitive is McpServerTool tool && ArgumentCheck.Check(tool.ProtocolTool.InputSchema, request.Params?.Arguments) is { Count: > 0 } errors
                ? ValueTask.FromResult(ToolResultMapper.Failure(errors))
                : next(request, cancellationToken);
}
