namespace ModuleGen.Core.Tests.Support;

/// <summary>Finds the repository the tests were built from (the folder holding ModuleGen.sln), for snapshots and packs.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Snapshots => Path.Join(Root, "tests", "ModuleGen.Core.Tests", "Snapshots");

    public static string Fixtures => Path.Join(Root, "tests", "ModuleGen.Core.Tests", "Fixtures");

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Join(folder.FullName, "ModuleGen.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("ModuleGen.sln not found above the test output folder.");
    }
}
