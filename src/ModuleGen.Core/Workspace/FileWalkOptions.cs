namespace ModuleGen.Core.Workspace;

/// <summary>Says which folders a <see cref="FileWalker"/> enters, which files it lists, and when it stops.</summary>
/// <param name="SkipNames">Folder names never entered (scan.skip_dirs).</param>
/// <param name="Budget">The most files listed before the walk stops and says so.</param>
public sealed record FileWalkOptions(IReadOnlySet<string> SkipNames, int Budget)
{
    /// <summary>Gets the prefix of every returned path (e.g. the folder's workspace-relative path); empty for none.</summary>
    public string RelativePrefix { get; init; } = "";

    /// <summary>Gets an extra test for entering a folder (given its relative path); null enters every unskipped one.</summary>
    public Func<DirectoryInfo, string, bool>? EnterFolder { get; init; }

    /// <summary>Gets a test for listing a file (given its relative path); null lists every file. Only listed files count.</summary>
    public Func<FileInfo, string, bool>? IncludeFile { get; init; }

    /// <summary>Creates options from the workspace's scan configuration.</summary>
    public static FileWalkOptions From(ScanConfig scan) => new(scan.SkipDirs.ToHashSet(StringComparer.Ordinal), scan.FileBudget);
}
