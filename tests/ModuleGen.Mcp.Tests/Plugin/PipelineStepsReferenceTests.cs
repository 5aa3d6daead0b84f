using System.Text;
using System.Text.RegularExpressions;

namespace ModuleGen.Mcp.Tests.Plugin;

/// <summary>Keeps skill/create-module/references/pipeline-steps.md equal to the instructions of the step_* MCP prompts
/// (templates/prompts/steps/*.sbn, up to their live findings), with the module's values written as placeholders: the
/// prompts are the user's slash commands in Claude Code, which the model cannot fetch, so the skill carries their text.
/// After changing a step template, rewrite the file with <c>MODULEGEN_BLESS=1</c> and read the diff.</summary>
public sealed class PipelineStepsReferenceTests
{
    private static readonly string[] s_steps = ["intent_design", "requirements_scenarios", "tasks", "code_unit_tests", "compilation_fix", "actual_docs", "e2e_tests"];

    // What each value the templates use stands for in the reference.
    private static readonly (string Template, string Placeholder)[] s_values =
    [
        ("{{ if code_folder }}, in `{{ code_folder }}`{{ end }}", ", in the module's folder"),
        ("{{ if code_folder }}{{ code_folder }}{{ else }}the module{{ end }}", "the module's folder"),
        ("{{ module.snake }}", "<module>"),
        ("{{ module.pascal }}", "<Module>"),
        ("{{ docs_folder }}", "<docs>"),
        ("{{ prefix }}", "<P>"),
        ("{{ next_phase }}", "<next phase>"),
        ("{{ phase }}", "<phase>"),
        ("{{ global_requirements }}", "<global requirements>"),
        ("{{ coverage_threshold }}", "<threshold>"),
    ];

    private static string ReferencePath => Path.Join(RepoPaths.Root, "skill", "create-module", "references", "pipeline-steps.md");

    [Fact]
    public void Reference_HoldsTheInstructionsOfEveryStepPrompt()
    {
        var expected = Render();
        if (Environment.GetEnvironmentVariable("MODULEGEN_BLESS") == "1")
        {
            File.WriteAllText(ReferencePath, expected);
        }

        File.ReadAllText(ReferencePath).Should().Be(expected, "the reference is rendered from the step templates (MODULEGEN_BLESS=1 rewrites it)");
    }

    private static string Render()
    {
        var text = new StringBuilder("""
            # The intent-driven pipeline, step by step

            Each step's instructions, as the `step_*` MCP prompts give them (those prompts are the user's slash commands;
            the model reads this file instead). `<module>` is the module's snake_case name, `<Module>` its PascalCase name,
            `<P>` its ID prefix, `<docs>` its documents folder (`docs.folder`, default `modules/<module>/docs`), `<phase>`
            the phase worked on (1 unless a later one), `<global requirements>` the file `docs.global_requirements` names
            and `<threshold>` `docs.coverage_threshold` (default 90). The prompts also list `check_docs`'s current findings:
            call `check_docs` for them. IDs, rules and gates: [pipeline-ids.md](pipeline-ids.md).

            """);
        foreach (var step in s_steps)
        {
            var template = File.ReadAllText(Path.Join(RepoPaths.Root, "templates", "prompts", "steps", step + ".sbn"));
            var instructions = template[..template.IndexOf("## Current document findings", StringComparison.Ordinal)].TrimEnd();
            foreach (var (value, placeholder) in s_values)
            {
                instructions = instructions.Replace(value, placeholder, StringComparison.Ordinal);
            }

            Regex.IsMatch(instructions, @"\{\{|\}\}").Should().BeFalse($"{step}.sbn uses a value this reference has no placeholder for: {instructions}");
            // The prompt's title becomes a section of the reference, named with the prompt; its own sections one level down.
            var nested = Regex.Replace(instructions, "(?m)^#", "##");
            var title = nested.IndexOf('\n');
            text.Append('\n').Append(nested[..title]).Append($"\n\n(prompt `step_{step}`)\n\n").Append(nested[title..].TrimStart('\n')).Append('\n');
        }

        return text.ToString();
    }
}
