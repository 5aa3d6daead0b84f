using System.Collections.Concurrent;
using HandlebarsDotNet;

namespace ModuleGen.Core.SpecDocs.Prompts;

/// <summary>Renders prompt templates with Handlebars.Net: no HTML escaping (prompts are plain text), compiled templates
/// cached by their text. Kept to this one file so the full template engine can take its place.</summary>
public sealed class HandlebarsPromptRenderer : IPromptTemplateRenderer
{
    private readonly IHandlebars _handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });
    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> _compiled = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public string Render(string template, IReadOnlyDictionary<string, object?> model) =>
        _compiled.GetOrAdd(template, t => _handlebars.Compile(t))(model).ReplaceLineEndings("\n");
}
