using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Bricks;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the Bricks capability: each brick's contract and spec.</summary>
[McpServerToolType]
internal sealed class BrickTools(BrickSpecResolver resolver)
{
    [McpServerTool(Name = "resolve_brick_specs", Title = "Resolve brick specs", ReadOnly = false, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(ResolveBrickSpecsResult))]
    [Description("Reports each brick's contract and spec: found, missing or created (create_missing writes skeletons).")]
    public CallToolResult ResolveBrickSpecs(
        [Description("Module name.")] string module,
        [Description("true: write skeletons for missing documents.")] bool create_missing = false,
        CancellationToken cancellationToken = default) =>
        ToolResultMapper.Map(resolver.Resolve(new ResolveBrickSpecsRequest(module, create_missing), cancellationToken),
            r => $"{r.Bricks.Count} brick(s) of '{r.Module}': {r.Found} document(s) found, {r.Created} created, {r.Missing} missing." +
                 (r.Missing > 0 ? " Call again with create_missing=true to write skeletons." : ""));
}
