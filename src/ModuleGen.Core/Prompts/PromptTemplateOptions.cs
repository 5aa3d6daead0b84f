using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Prompts;

/// <summary>Says where the prompt and skeleton templates are: the templates shipped with the executable, and the user's
/// own templates folder, which may replace a prompt.</summary>
/// <param name="BuiltInRoot">Absolute folder holding prompts/ and specs/ (<see cref="BuiltInTemplateRoot.Current"/>).</param>
/// <param name="UserRoot">The user's templates folder (<see cref="UserConfigFolder"/>/templates), or null.</param>
public sealed record PromptTemplateOptions(string BuiltInRoot, string? UserRoot = null)
{
    /// <summary>Gets the options for the templates shipped with the running program, with this user's templates folder.</summary>
    public static PromptTemplateOptions BesideProgram() =>
        new(BuiltInTemplateRoot.Current, UserConfigFolder.Find(Environment.GetEnvironmentVariable) is { } user ? Path.Join(user, "templates") : null);
}
