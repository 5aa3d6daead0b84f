using System.ComponentModel;
using ModelContextProtocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Common;
using ModuleGen.Core.Prompts;
using ModuleGen.Mcp.Tools;

namespace ModuleGen.Mcp.Prompts;

/// <summary>Exposes the MCP prompts: the whole create-a-module flow, and the plan prompt of one module.</summary>
[McpServerPromptType]
internal sealed class ModulePrompts(PlanPromptService plans, CreateModulePromptService flow)
{
    [McpServerPrompt(Name = "create_module", Title = "Create a module")]
    [Description("Walks an agent through adding a module with the ModuleGen tools: context, contract and spec, plan, brick documents, recipe, verification.")]
    public string CreateModule([Description("What the module should do, in the user's words.")] string request) =>
        Unwrap(flow.Render(request));

    [McpServerPrompt(Name = "plan_module", Title = "Plan a module")]
    [Description("The canonical plan prompt for a module from its contract and spec (render_plan_prompt's text, with the documents embedded).")]
    public string PlanModule(
        [Description("Module name, e.g. 'customer_orders'.")] string module,
        [Description("Workspace-relative path of the module's contract.")] string contract_path,
        [Description("Workspace-relative path of the module's implementation spec.")] string spec_path) =>
        Unwrap(plans.Render(new RenderPlanPromptRequest(module, contract_path, null, spec_path, null) { EmbedDocuments = true }).Map(r => r.Prompt));

    // Prompts have no isError result: a refusal is a protocol error whose message lists the problems.
    private static string Unwrap(Result<string> result) =>
        result.IsOk ? result.Value : throw new McpException(ToolResultMapper.Describe(result.Errors));
}
