using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Common;
using ModuleGen.Core.Context;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the Context capability: what the workspace already holds before a module is planned.</summary>
[McpServerToolType]
internal sealed class ContextTools(ContextBuilder builder)
{
    [McpServerTool(Name = "build_context", Title = "Build module context", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(GenContext))]
    [Description("Gathers the context for adding a module: names, stacks, modules, ports, packs, plan and documents, suggested folder. Call it first.")]
    public Task<CallToolResult> BuildContext(
        RequestContext<CallToolRequestParams> request,
        [Description("Module name as the user said it, e.g. 'customer orders'.")]
        string module,
        CancellationToken cancellationToken = default) =>
        ProgressRelay<StepProgress>.AroundAsync(request, StepNotifications.Of,
            progress => Task.FromResult(ToolResultMapper.Map(builder.Build(new BuildContextRequest(module), progress, cancellationToken), Summarise)), cancellationToken);

    private static string Summarise(GenContext c) =>
        $"Module '{c.Module.Snake}' (kebab '{c.Module.Kebab}', Pascal '{c.Module.Pascal}'). " +
        $"Stacks: {(c.Stacks.Count == 0 ? "none detected" : string.Join(", ", c.Stacks.Select(s => s.Name)))}. " +
        $"{c.ExistingModules.Count} existing module(s); {c.PortsInUse.Count} port claim(s); {c.Templates.Count} template pack(s). " +
        $"Plan {(c.Artifacts.Plan.Exists ? "exists" : "not yet stored")} at {c.Artifacts.Plan.Path}. " +
        $"Suggested target: {c.Artifacts.SuggestedTargetDir}{(c.Artifacts.TargetDirExists ? " (exists already)" : "")}." +
        (c.Scan.StoppedEarly ? $" The scan stopped at its budget of {c.Scan.FileBudget} files; results may be incomplete." : "");
}
