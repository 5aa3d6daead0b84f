namespace ModuleGen.Core.SpecDocs.Prompts;

/// <summary>Holds a rendered step prompt and the template it came from (built-in or the workspace's override).</summary>
public sealed record RenderedStepPrompt(string Name, string Title, string Text, string TemplateSource);
