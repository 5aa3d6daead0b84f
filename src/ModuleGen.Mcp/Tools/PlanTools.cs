using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Prompts;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the Plans capability: render the plan prompt, validate, store, load and list plans.</summary>
[McpServerToolType]
internal sealed class PlanTools(PlanValidator validator, PlanStore store, PlanPromptService prompts)
{
    private const string PlanArgument = "The plan; a string holding its JSON works too.";

    [McpServerTool(Name = "render_plan_prompt", Title = "Render plan prompt", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(RenderPlanPromptResult))]
    [Description("Renders the plan prompt for a module from its contract and spec, with the plan JSON schema.")]
    public CallToolResult RenderPlanPrompt(
        [Description("Module name, e.g. customer_orders.")] string module,
        [Description("Contract file (Markdown), workspace-relative.")] string? contract_path = null,
        [Description("Contract text, instead of contract_path.")] string? contract_text = null,
        [Description("Spec file (Markdown), workspace-relative.")] string? spec_path = null,
        [Description("Spec text, instead of spec_path.")] string? spec_text = null) =>
        ToolResultMapper.Map(prompts.Render(new RenderPlanPromptRequest(module, contract_path, contract_text, spec_path, spec_text)),
            r => r.Prompt);

    [McpServerTool(Name = "validate_plan", Title = "Validate plan", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(ValidatePlanResult))]
    [Description("Validates a plan without storing it, against the packs too; every problem with its JSON pointer.")]
    public CallToolResult ValidatePlan([Description(PlanArgument)] JsonElement plan) =>
        ToolResultMapper.Map(validator.Validate(new ValidatePlanRequest(plan)),
            r => $"The plan for '{r.Module}' is valid: {r.BrickCount} brick(s) ({r.ExpandedBrickCount} with sub-plans expanded), build order {string.Join(" → ", r.BuildOrder)}. store_plan would write {r.Path} at {r.Revision}.");

    [McpServerTool(Name = "store_plan", Title = "Store plan", ReadOnly = false, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(StorePlanResult))]
    [Description("Validates and stores a plan. To replace one, pass its revision (from load_plan) as expected_revision.")]
    public CallToolResult StorePlan(
        [Description(PlanArgument)] JsonElement plan,
        [Description("The stored plan's revision, from load_plan; omit for a new plan.")] string? expected_revision = null,
        CancellationToken cancellationToken = default) =>
        ToolResultMapper.Map(store.Store(new StorePlanRequest(plan, expected_revision), cancellationToken),
            r => r.Changed
                ? $"Stored the plan for '{r.Module}' at {r.Path}, revision {r.Revision}{(r.PreviousRevision is null ? " (new)" : $" (replaced {r.PreviousRevision}, kept at {r.PreviousPath}; the steps recorded are kept")}" +
                  (r.Reset.Count == 0 ? (r.PreviousRevision is null ? "." : ").") : $" except: {string.Join("; ", r.Reset.Select(x => $"'{x.Brick}' ({string.Join(", ", x.Steps)}) pending again: {x.Reason}"))}).")
                : $"The stored plan for '{r.Module}' already has this content (revision {r.Revision}); nothing was written.");

    [McpServerTool(Name = "load_plan", Title = "Load plan", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(LoadPlanResult))]
    [Description("Loads a module's stored plan with its revision; format mermaid adds a graph.")]
    public CallToolResult LoadPlan(
        [Description("Module name.")] string module,
        [Description("json (default) or mermaid.")] string? format = null) =>
        ToolResultMapper.Map(store.Load(new LoadPlanRequest(module, format)),
            r => $"Plan for '{r.Module}' at {r.Path}, revision {r.Revision}, {r.Plan.Bricks.Count} brick(s): {string.Join(", ", r.Plan.Bricks.Select(b => b.Name))}." +
                 (r.Mermaid is null ? "" : "\n\n```mermaid\n" + r.Mermaid + "```"));

    [McpServerTool(Name = "list_plans", Title = "List plans", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(ListPlansResult))]
    [Description("Lists the stored plans: module, revision, brick count, path, validity.")]
    public CallToolResult ListPlans() =>
        ToolResultMapper.Map(store.List(),
            r => r.Plans.Count == 0
                ? $"No plans are stored in {r.Folder}."
                : $"{r.Plans.Count} plan(s) in {r.Folder}: " + string.Join("; ", r.Plans.Select(p => $"{p.Module} ({p.BrickCount} bricks, {p.Revision}{(p.Valid ? "" : ", INVALID")})")) + ".");
}
