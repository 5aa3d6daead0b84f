using System.Text;
using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Compares a generated tree file by file with the expected tree under Snapshots/&lt;name&gt;/, printing a
/// unified diff for every difference. With MODULEGEN_BLESS=1 it rewrites the expected tree instead (see the README
/// in tests/).</summary>
public static class SnapshotAssert
{
    public const string BlessVariable = "MODULEGEN_BLESS";

    public static void Matches(string name, string actualRoot)
    {
        var expectedRoot = Path.Join(RepositoryPaths.Snapshots, name);
        if (Environment.GetEnvironmentVariable(BlessVariable) == "1")
        {
            Bless(expectedRoot, actualRoot);
            return;
        }

        var expected = Files(expectedRoot);
        var actual = Files(actualRoot);
        var report = new StringBuilder();
        foreach (var path in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            var before = expected.GetValueOrDefault(path);
            var after = actual.GetValueOrDefault(path);
            if (before == after)
            {
                continue;
            }

            report.Append(after is null ? $"missing from the output: {path}\n" : UnifiedDiff.Create(path, before, after));
        }

        report.Length.Should().Be(0, $"the output of {name} differs from Snapshots/{name} (re-bless with {BlessVariable}=1 if the change is intended):\n{report}");
    }

    private static Dictionary<string, string> Files(string root) =>
        !Directory.Exists(root)
            ? []
            : Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(root, f).Replace('\\', '/').StartsWith(".modulegen/locks/", StringComparison.Ordinal)) // lock files, not output
                .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    private static void Bless(string expectedRoot, string actualRoot)
    {
        if (Directory.Exists(expectedRoot))
        {
            Directory.Delete(expectedRoot, recursive: true);
        }

        foreach (var (path, text) in Files(actualRoot))
        {
            var target = Path.Join(expectedRoot, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
    }
}
