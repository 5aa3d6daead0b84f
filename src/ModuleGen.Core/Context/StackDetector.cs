using System.Text.RegularExpressions;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Context;

/// <summary>Detects stacks from marker files: Python (pyproject.toml, setup.cfg, setup.py), Dagster (dg.toml,
/// workspace.yaml, a dagster dependency), Node (package.json), .NET (*.sln, *.csproj), Rust (Cargo.toml), Go (go.mod).</summary>
public static partial class StackDetector
{
    public const int MaxEvidence = 5;

    private const long MaxManifestBytes = 1 << 20;

    /// <summary>Returns the stacks present in the scan, in a fixed order.</summary>
    public static IReadOnlyList<DetectedStack> Detect(string root, WorkspaceScan scan)
    {
        var python = scan.Named(n => n is "pyproject.toml" or "setup.cfg" or "setup.py").ToList();
        var dependencyFiles = python.Concat(scan.Named(n => n.StartsWith("requirements", StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal)));
        var dagster = scan.Named(n => n is "dg.toml" or "workspace.yaml")
            .Concat(dependencyFiles.Where(f => DeclaresDagster(Path.Join(root, f))))
            .Order(StringComparer.Ordinal)
            .ToList();

        var candidates = new (string Name, IReadOnlyList<string> Files)[]
        {
            ("python", python),
            ("dagster", dagster),
            ("node", scan.Named(n => n == "package.json").ToList()),
            ("dotnet", scan.Named(n => n.EndsWith(".sln", StringComparison.Ordinal) || n.EndsWith(".slnx", StringComparison.Ordinal) || n.EndsWith(".csproj", StringComparison.Ordinal)).ToList()),
            ("rust", scan.Named(n => n == "Cargo.toml").ToList()),
            ("go", scan.Named(n => n == "go.mod").ToList()),
        };

        return candidates
            .Where(c => c.Files.Count > 0)
            .Select(c => new DetectedStack(c.Name, c.Files.Take(MaxEvidence).ToArray(), c.Files.Count))
            .ToArray();
    }

    /// <summary>Tells whether a dependency manifest names the dagster package (not dagster-webserver and the like alone).</summary>
    internal static bool DeclaresDagster(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Length <= MaxManifestBytes && DagsterDependency().IsMatch(RegularFile.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // "dagster", dagster>=1.7, dagster = "^1.7", dagster[extra]; not dagster-webserver or dagster_postgres.
    [GeneratedRegex("""(?m)(^|["'\s,\[])dagster(?![\w-])""")]
    private static partial Regex DagsterDependency();
}
