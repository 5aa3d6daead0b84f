namespace ModuleGen.Core.Prompts;

/// <summary>Holds a template's text (LF line endings) and where it came from.</summary>
/// <param name="Text">The template.</param>
/// <param name="Origin">"workspace:&lt;path&gt;" for a workspace override, "built-in:&lt;name&gt;" otherwise.</param>
public sealed record TemplateText(string Text, string Origin);
