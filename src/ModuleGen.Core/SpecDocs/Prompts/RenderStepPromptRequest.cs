namespace ModuleGen.Core.SpecDocs.Prompts;

/// <summary>Asks for one step prompt rendered for a module; <c>Phase</c> is text as prompt arguments are.</summary>
public sealed record RenderStepPromptRequest(string? Module, string Prompt, string? Phase = null);
