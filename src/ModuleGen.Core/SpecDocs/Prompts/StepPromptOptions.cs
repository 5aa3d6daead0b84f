namespace ModuleGen.Core.SpecDocs.Prompts;

/// <summary>Holds where the built-in step templates are (beside the executable) and the workspace override folder.</summary>
/// <param name="BuiltInFolder">Absolute folder of the shipped templates/prompts/steps.</param>
/// <param name="OverrideFolder">Workspace-relative folder whose templates shadow the built-in ones.</param>
public sealed record StepPromptOptions(string BuiltInFolder, string OverrideFolder = ".modulegen/templates/prompts/steps")
{
    /// <summary>Gets the options for templates shipped beside the running executable.</summary>
    public static StepPromptOptions BesideExecutable() => new(Path.Join(AppContext.BaseDirectory, "templates", "prompts", "steps"));
}
