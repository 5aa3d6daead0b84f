using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Context;

/// <summary>Lists the workspace's files (skipping configured folders and every symbolic link) up to the file budget, so
/// a huge repository costs a bounded amount of time.</summary>
public static class WorkspaceScanner
{
    /// <summary>Scans the tree under <paramref name="root"/>; the files come back sorted ordinally.</summary>
    public static WorkspaceScan Scan(string root, ScanConfig config)
    {
        var (files, stoppedEarly) = FileWalker.Walk(root, FileWalkOptions.From(config));
        return new WorkspaceScan(files.Order(StringComparer.Ordinal).ToArray(), config.FileBudget, stoppedEarly);
    }
}
