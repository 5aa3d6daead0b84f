using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Mcp.Tools;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Holds the server to its <see cref="ToolSurface"/>: tools/list in one order every time, and tools/call of a
/// tool the server does not list (or of an argument that writes on a read-only server) refused with an isError result
/// that says why, before anything runs.</summary>
internal static class ToolSurfaceFilters
{
    /// <summary>Refuses calls the surface does not allow; names that are not ModuleGen tools get the SDK's own answer.</summary>
    public static McpRequestFilter<CallToolRequestParams, CallToolResult> Calls() =>
        next => (request, cancellationToken) =>
            request.Services!.GetRequiredService<ToolSurface>().Refusal(request.Params?.Name ?? "", request.MatchedPrimitive is McpServerTool, request.Params?.Arguments) is { } refusal
                ? ValueTask.FromResult(ToolResultMapper.Failure([refusal]))
                : next(request, cancellationToken);

    /// <summary>Lists the tools by name, ordinal: the SDK's collection enumerates in hash order, which a client that
    /// caches or diffs the list should not see change.</summary>
    public static McpRequestFilter<ListToolsRequestParams, ListToolsResult> ListOrder() =>
        next => async (request, cancellationToken) =>
        {
            var result = await next(request, cancellationToken);
            result.Tools = [.. result.Tools.OrderBy(t => t.Name, StringComparer.Ordinal)];
            return result;
        };
}
