using Scriban.Parsing;
using Scriban.Syntax;

namespace ModuleGen.Core.Templates;

/// <summary>Stops a render for a reason ModuleGen itself enforces (a function's arguments, an include the sandbox
/// refuses), carrying the error code the engine reports at the template location.</summary>
internal sealed class TemplateRefusal(SourceSpan span, string code, string message, string hint) : ScriptRuntimeException(span, message)
{
    public string Code => code;

    public string Hint => hint;
}
