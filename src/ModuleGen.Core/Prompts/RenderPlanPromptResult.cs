namespace ModuleGen.Core.Prompts;

/// <summary>Returns a rendered plan prompt.</summary>
/// <param name="Module">The module (snake_case).</param>
/// <param name="Prompt">The prompt text: context, the contract and spec (by path when read from files, as text when
/// given inline), splitting rules and the plan JSON schema.</param>
/// <param name="ApproxTokens">A rough size: characters / 4, rounded up. Real tokenisers differ; use it to budget, not to bill.</param>
/// <param name="Template">The template used: "built-in:prompts/plan.sbn" or the workspace override.</param>
public sealed record RenderPlanPromptResult(string Module, string Prompt, int ApproxTokens, string Template);
