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
    private const string PlanArgument =
        "The plan: a JSON object {\"module\": \"snake_name\", \"bricks\": [{\"name\", \"description\", \"contract_path\", \"spec_path\", \"target_dir\", \"type\"}, …]} " +
        "(a string holding that JSON is accepted too). Optional per brick: depends_on, template, variables, addons, files, plan. Unknown fields are kept.";

    [McpServerTool(Name = "render_plan_prompt", Title = "Render plan prompt", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(RenderPlanPromptResult))]
    [Description("Renders the canonical prompt for planning a module: its context, contract and spec, the splitting rules and the plan JSON schema the answer must follow. " +
        "Read-only and deterministic. Give exactly one of contract_path/contract_text and one of spec_path/spec_text. approx_tokens is characters/4, a rough budget. " +
        "Errors: name.* (module name), path.* (a path leaves the workspace), prompt.document_missing, argument.invalid (both path and text given).")]
    public CallToolResult RenderPlanPrompt(
        [Description("Module name, e.g. 'customer_orders'.")] string module,
        [Description("Workspace-relative path of the module's contract (Markdown).")] string? contract_path = null,
        [Description("The contract text itself, instead of contract_path.")] string? contract_text = null,
        [Description("Workspace-relative path of the module's implementation spec (Markdown).")] string? spec_path = null,
        [Description("The spec text itself, instead of spec_path.")] string? spec_text = null) =>
        ToolResultMapper.Map(prompts.Render(new RenderPlanPromptRequest(module, contract_path, contract_text, spec_path, spec_text)),
            r => $"Plan prompt for '{r.Module}' ({r.Prompt.Length} characters, about {r.ApproxTokens} tokens; template {r.Template}). Answer it with one plan JSON object, then call validate_plan.");

    [McpServerTool(Name = "validate_plan", Title = "Validate plan", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(ValidatePlanResult))]
    [Description("Validates a plan without storing it and lists every problem with its JSON pointer, what was found and what is accepted (pointers look like /bricks/2/target_dir). " +
        "Checks required fields, types, identifier names, unique names and target_dirs, paths inside the workspace, known dependencies without cycles, sub-plans, and size limits " +
        "(1,000 bricks, 64 KiB per string, 4 MiB per plan). Read-only. On success returns the revision it would get and the build order.")]
    public CallToolResult ValidatePlan([Description(PlanArgument)] JsonElement plan) =>
        ToolResultMapper.Map(validator.Validate(new ValidatePlanRequest(plan)),
            r => $"The plan for '{r.Module}' is valid: {r.BrickCount} brick(s) ({r.ExpandedBrickCount} with sub-plans expanded), build order {string.Join(" → ", r.BuildOrder)}. store_plan would write {r.Path} at {r.Revision}.");

    [McpServerTool(Name = "store_plan", Title = "Store plan", ReadOnly = false, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(StorePlanResult))]
    [Description("Validates and stores a plan as canonical JSON at <plans>/<module>.json, atomically; the replaced version is kept under <module>.revisions/. " +
        "Optimistic concurrency: to change a stored plan pass the revision load_plan returned as expected_revision; omit it only to create a new plan. " +
        "Storing identical content again succeeds without writing. Errors: every validate_plan problem (nothing is written), or plan.revision_conflict naming both revisions.")]
    public CallToolResult StorePlan(
        [Description(PlanArgument)] JsonElement plan,
        [Description("The revision the stored plan must still have ('sha256:' + 16 hex digits, from load_plan or list_plans); omit when creating the plan.")] string? expected_revision = null) =>
        ToolResultMapper.Map(store.Store(new StorePlanRequest(plan, expected_revision)),
            r => r.Changed
                ? $"Stored the plan for '{r.Module}' at {r.Path}, revision {r.Revision}{(r.PreviousRevision is null ? " (new)" : $" (replaced {r.PreviousRevision}, kept at {r.PreviousPath})")}."
                : $"The stored plan for '{r.Module}' already has this content (revision {r.Revision}); nothing was written.");

    [McpServerTool(Name = "load_plan", Title = "Load plan", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(LoadPlanResult))]
    [Description("Loads a module's stored plan with its revision (pass it as expected_revision when storing a change); format 'mermaid' adds a graph of bricks and dependencies. " +
        "Read-only. Errors: plan.not_found, plan.stored_invalid (the file was edited into an invalid plan; the problems follow).")]
    public CallToolResult LoadPlan(
        [Description("Module name.")] string module,
        [Description("'json' (default) or 'mermaid'.")] string? format = null) =>
        ToolResultMapper.Map(store.Load(new LoadPlanRequest(module, format)),
            r => $"Plan for '{r.Module}' at {r.Path}, revision {r.Revision}, {r.Plan.Bricks.Count} brick(s): {string.Join(", ", r.Plan.Bricks.Select(b => b.Name))}." +
                 (r.Mermaid is null ? "" : "\n\n```mermaid\n" + r.Mermaid + "```"));

    [McpServerTool(Name = "list_plans", Title = "List plans", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(ListPlansResult))]
    [Description("Lists the stored plans ordered by module: module, revision, brick count, path, and whether the file still validates. Read-only.")]
    public CallToolResult ListPlans() =>
        ToolResultMapper.Map(store.List(),
            r => r.Plans.Count == 0
                ? $"No plans are stored in {r.Folder}."
                : $"{r.Plans.Count} plan(s) in {r.Folder}: " + string.Join("; ", r.Plans.Select(p => $"{p.Module} ({p.BrickCount} bricks, {p.Revision}{(p.Valid ? "" : ", INVALID")})")) + ".");
}
