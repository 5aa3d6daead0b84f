using ModuleGen.Core.Templates;

namespace ModuleGen.Core.Prompts;

/// <summary>Says where the built-in templates are: the templates folder shipped with the executable.</summary>
/// <param name="BuiltInRoot">Absolute folder holding prompts/ and specs/ (<see cref="BuiltInTemplateRoot.Current"/>).</param>
public sealed record PromptTemplateOptions(string BuiltInRoot)
{
    /// <summary>Gets the options for the templates shipped with the running program.</summary>
    public static PromptTemplateOptions BesideProgram() => new(BuiltInTemplateRoot.Current);
}
