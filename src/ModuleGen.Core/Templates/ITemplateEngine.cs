using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Renders templates against a plain model (dictionaries, lists, strings, whole numbers, booleans), strictly:
/// a reference the model cannot satisfy is an error naming the template file and line, never an empty string.</summary>
/// <remarks>Implementations must not give templates any way to reach the file system, the environment or .NET objects.</remarks>
public interface ITemplateEngine
{
    /// <summary>Checks syntax, helpers and every referenced path against the model without rendering.</summary>
    Result<TemplateCheck> Check(TemplateSource template, IReadOnlyDictionary<string, object?> model);

    /// <summary>Checks, then renders the template.</summary>
    Result<string> Render(TemplateSource template, IReadOnlyDictionary<string, object?> model);
}
