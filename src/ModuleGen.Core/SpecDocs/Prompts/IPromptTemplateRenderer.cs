namespace ModuleGen.Core.SpecDocs.Prompts;

/// <summary>Renders a prompt template with a model of nested dictionaries and lists; the seam where the full template
/// engine can replace <see cref="HandlebarsPromptRenderer"/>.</summary>
public interface IPromptTemplateRenderer
{
    /// <summary>Renders <paramref name="template"/> with <paramref name="model"/>; values are inserted verbatim (no HTML escaping).</summary>
    string Render(string template, IReadOnlyDictionary<string, object?> model);
}
