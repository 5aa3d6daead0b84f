using ModuleGen.Core.Common;

namespace ModuleGen.Core.Prompts;

/// <summary>Renders a text template against a model of dictionaries, lists and scalars; the one seam between ModuleGen
/// and its template engine (Handlebars today), so the engine can be swapped or unified with the template packs.</summary>
public interface ITextTemplateRenderer
{
    /// <summary>Renders <paramref name="template"/>; a reference to a variable the model lacks is an error, not "".</summary>
    /// <param name="template">The template text.</param>
    /// <param name="templateName">Where the template came from, for errors.</param>
    /// <param name="model">The values: string keys to strings, numbers, booleans, nested dictionaries and lists.</param>
    Result<string> Render(string template, string templateName, IReadOnlyDictionary<string, object?> model);
}
