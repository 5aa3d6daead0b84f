namespace ModuleGen.Core.Workspace;

/// <summary>Chooses the workspace root: the --workspace option, else MODULEGEN_WORKSPACE, else the current directory.</summary>
public static class WorkspaceLocator
{
    public const string EnvironmentVariable = "MODULEGEN_WORKSPACE";

    /// <summary>Returns the first of the given sources that is set, as an absolute path.</summary>
    public static string Choose(string? option, string? environment, string currentDirectory)
    {
        var chosen = !string.IsNullOrWhiteSpace(option) ? option
            : !string.IsNullOrWhiteSpace(environment) ? environment
            : currentDirectory;
        return Path.GetFullPath(chosen, currentDirectory);
    }
}
