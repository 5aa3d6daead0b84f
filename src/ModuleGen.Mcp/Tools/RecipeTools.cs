using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Execution;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the Execution capability: the recipe over a stored plan and its run log.</summary>
[McpServerToolType]
internal sealed class RecipeTools(Recipe recipe)
{
    [McpServerTool(Name = "next_steps", Title = "Next steps", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(NextStepsResult))]
    [Description("Lists a module's bricks in build order with each step's status and the next step; mermaid adds a graph.")]
    public CallToolResult NextSteps(
        [Description("Module name.")] string module,
        [Description("json (default) or mermaid.")] string? format = null) =>
        ToolResultMapper.Map(recipe.NextSteps(new NextStepsRequest(module, format)),
            r => $"'{r.Module}' (run {r.RunId}): {r.Summary.CompleteBricks}/{r.Summary.Bricks} brick(s) complete; {r.Summary.Done} step(s) done, {r.Summary.Failed} failed, {r.Summary.Pending} pending. " +
                 (r.Next is { } n ? $"Next: {n.Step} of '{n.Brick}'{(n.Status == RecipeSteps.Failed ? " (retry; it failed)" : "")}." : "Every step is done or skipped.") +
                 (r.Mermaid is null ? "" : "\n\n```mermaid\n" + r.Mermaid + "```"));

    [McpServerTool(Name = "record_step", Title = "Record step", ReadOnly = false, Idempotent = false, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(RecordStepResult))]
    [Description("Records one step's outcome for one brick in the module's run log; returns the next step.")]
    public CallToolResult RecordStep(
        [Description("Module name.")] string module,
        [Description("Brick name as next_steps lists it.")] string brick,
        [Description("specs, scaffold, implement or verify.")] string step,
        [Description("done, failed, skipped, or pending to reopen the step.")] string status,
        [Description("What happened; say why if failed or skipped.")] string? note = null,
        CancellationToken cancellationToken = default) =>
        ToolResultMapper.Map(recipe.RecordStep(new RecordStepRequest(module, brick, step, status, note), cancellationToken),
            r => $"Recorded {r.Entry.Step} of '{r.Entry.Brick}' as {r.Entry.Status} in {r.LogPath}. " +
                 (r.Next is { } n ? $"Next: {n.Step} of '{n.Brick}'." : "Every step is done or skipped."));
}
