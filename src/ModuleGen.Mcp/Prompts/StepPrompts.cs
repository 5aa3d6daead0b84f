using System.ComponentModel;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Common;
using ModuleGen.Core.SpecDocs.Prompts;
using ModuleGen.Mcp.Tools;

namespace ModuleGen.Mcp.Prompts;

/// <summary>Exposes one MCP prompt per step of the intent-driven module pipeline, rendered from templates/prompts/steps/*.sbn with the
/// module's names, prefix, documents and current check_docs findings.</summary>
[McpServerPromptType]
internal sealed class StepPrompts(StepPromptService service)
{
    private const string ModuleText = "Module name, e.g. 'oagw'.";
    private const string PhaseText = "Phase number (default 1).";

    [McpServerPrompt(Name = "step_intent_design", Title = "Step 1: intent design")]
    [Description("Asks for INTENT_DESIGN.md (step 1): architecture in words, phases, no requirement/scenario IDs yet.")]
    public GetPromptResult IntentDesign([Description(ModuleText)] string module) => Render(module, "step_intent_design");

    [McpServerPrompt(Name = "step_requirements_scenarios", Title = "Step 2: requirements and scenarios")]
    [Description("Asks for INTENT_REQUIREMENTS.md and INTENT_SCENARIOS.md (step 2) and the design's cross-references.")]
    public GetPromptResult RequirementsScenarios([Description(ModuleText)] string module) => Render(module, "step_requirements_scenarios");

    [McpServerPrompt(Name = "step_tasks", Title = "Step 3.1: implementation tasks")]
    [Description("Asks for TASKS.md (step 3.1): TASK IDs, N.M subtasks with checkboxes, split by phase, citing scenarios.")]
    public GetPromptResult Tasks([Description(ModuleText)] string module, [Description(PhaseText)] string? phase = null) => Render(module, "step_tasks", phase);

    [McpServerPrompt(Name = "step_code_unit_tests", Title = "Step 3.2: code and unit tests")]
    [Description("Asks for a phase's production code and unit tests following TASKS.md, with TODO(PHASE-…) stubs for later phases.")]
    public GetPromptResult CodeUnitTests([Description(ModuleText)] string module, [Description(PhaseText)] string? phase = null) => Render(module, "step_code_unit_tests", phase);

    [McpServerPrompt(Name = "step_compilation_fix", Title = "Step 3.5: compilation fix")]
    [Description("Asks to make the build and lints pass without changing behaviour (step 3.5).")]
    public GetPromptResult CompilationFix([Description(ModuleText)] string module) => Render(module, "step_compilation_fix");

    [McpServerPrompt(Name = "step_e2e_tests", Title = "Step 4: end-to-end tests")]
    [Description("Asks for a phase's end-to-end tests, the coverage target and the CHANGELOG entry (step 4).")]
    public GetPromptResult E2eTests([Description(ModuleText)] string module, [Description(PhaseText)] string? phase = null) => Render(module, "step_e2e_tests", phase);

    [McpServerPrompt(Name = "step_actual_docs", Title = "Step 3.6: actual documents")]
    [Description("Asks for ACTUAL_DESIGN/REQUIREMENTS/SCENARIOS.md and INTENT_VS_ACTUAL.md from the code as built (step 3.6).")]
    public GetPromptResult ActualDocs([Description(ModuleText)] string module, [Description(PhaseText)] string? phase = null) => Render(module, "step_actual_docs", phase);

    private GetPromptResult Render(string module, string name, string? phase = null)
    {
        var result = service.Render(new RenderStepPromptRequest(module, name, phase));
        if (!result.IsOk)
        {
            throw new McpProtocolException(ToolResultMapper.Describe(result.Errors), McpErrorCode.InvalidParams);
        }

        return new GetPromptResult
        {
            Description = $"{result.Value.Title} ({result.Value.TemplateSource})",
            Messages = [new PromptMessage { Role = Role.User, Content = new TextContentBlock { Text = result.Value.Text } }],
        };
    }
}
