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
    [Description("Locates every brick's contract and spec from the module's stored plan (sub-plans expanded) and reports each as found, missing or created. " +
        "With create_missing=true it writes a skeleton (purpose, public API, data models, errors, configuration, tests) for each missing document; " +
        "it never overwrites an existing one. Writes only with create_missing. Errors: plan.not_found, brick.doc_not_file, prompt.* (a broken skeleton template; nothing is written).")]
    public CallToolResult ResolveBrickSpecs(
        [Description("Module name.")] string module,
        [Description("True to write skeletons for missing documents.")] bool create_missing = false) =>
        ToolResultMapper.Map(resolver.Resolve(new ResolveBrickSpecsRequest(module, create_missing)),
            r => $"{r.Bricks.Count} brick(s) of '{r.Module}': {r.Found} document(s) found, {r.Created} created, {r.Missing} missing." +
                 (r.Missing > 0 ? " Call again with create_missing=true to write skeletons." : ""));
}
