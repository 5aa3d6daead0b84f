namespace ModuleGen.Core.SpecDocs.Prompts;

/// <summary>Describes one pipeline step prompt: its MCP name, template file, workflow step and what it asks for.</summary>
/// <param name="Name">MCP prompt name, e.g. step_intent_design.</param>
/// <param name="Template">Template file under templates/prompts/steps/.</param>
/// <param name="Step">The step of the intent-driven module pipeline it belongs to.</param>
/// <param name="Title">Short title.</param>
/// <param name="UsesPhase">Whether the prompt takes a phase.</param>
public sealed record StepPrompt(string Name, string Template, string Step, string Title, bool UsesPhase)
{
    /// <summary>Gets the seven step prompts in workflow order.</summary>
    public static IReadOnlyList<StepPrompt> All { get; } =
    [
        new("step_intent_design", "intent_design.sbn", "1", "Step 1: intent design", false),
        new("step_requirements_scenarios", "requirements_scenarios.sbn", "2", "Step 2: requirements and scenarios", false),
        new("step_tasks", "tasks.sbn", "3.1", "Step 3.1: implementation tasks", true),
        new("step_code_unit_tests", "code_unit_tests.sbn", "3.2", "Step 3.2: code and unit tests", true),
        new("step_compilation_fix", "compilation_fix.sbn", "3.5", "Step 3.5: compilation fix", false),
        new("step_e2e_tests", "e2e_tests.sbn", "4", "Step 4: end-to-end tests and CHANGELOG", true),
        new("step_actual_docs", "actual_docs.sbn", "3.6", "Step 3.6: actual documents", true),
    ];
}
