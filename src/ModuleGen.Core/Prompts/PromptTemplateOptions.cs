namespace ModuleGen.Core.Prompts;

/// <summary>Says where the built-in templates are: the templates folder shipped beside the executable.</summary>
/// <param name="BuiltInRoot">Absolute folder holding prompts/ and specs/ (AppContext.BaseDirectory/templates).</param>
public sealed record PromptTemplateOptions(string BuiltInRoot)
{
    /// <summary>Gets the options for templates shipped beside the running program.</summary>
    public static PromptTemplateOptions BesideProgram() => new(Path.Join(AppContext.BaseDirectory, "templates"));
}
