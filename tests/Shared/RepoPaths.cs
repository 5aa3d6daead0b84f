namespace ModuleGen.Tests.Shared;

/// <summary>Finds files of the repository (docs, the built executable) from a test's output folder.</summary>
public static class RepoPaths
{
    /// <summary>Gets the repository root: the nearest ancestor of the test binaries holding ModuleGen.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Join(dir.FullName, "ModuleGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ModuleGen.sln not found above " + AppContext.BaseDirectory);
    }
}
