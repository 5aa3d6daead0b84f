using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Prompts;

/// <summary>Says where the prompt and skeleton templates are: the templates folder shipped beside the executable, and
/// the user's own templates folder, which may replace a prompt.</summary>
/// <param name="BuiltInRoot">Absolute folder holding prompts/ and specs/ (AppContext.BaseDirectory/templates).</param>
/// <param name="UserRoot">The user's templates folder (<see cref="UserConfigFolder"/>/templates), or null.</param>
public sealed record PromptTemplateOptions(string BuiltInRoot, string? UserRoot = null)
{
    /// <summary>Gets the options for templates shipped beside the running program, with this user's templates folder.</summary>
    public static PromptTemplateOptions BesideProgram() =>
        new(Path.Join(AppContext.BaseDirectory, "templates"), UserConfigFolder.Find(Environment.GetEnvironmentVariable) is { } user ? Path.Join(user, "templates") : null);
}
