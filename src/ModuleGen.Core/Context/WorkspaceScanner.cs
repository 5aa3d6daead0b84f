using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Context;

/// <summary>Lists the workspace's files (skipping configured folders and every symbolic link) up to the file budget, so
/// a huge repository costs a bounded amount of time.</summary>
public static class WorkspaceScanner
{
    /// <summary>Scans the tree under <paramref name="root"/>; the files come back sorted ordinally. A cancelled scan
    /// stops at the next folder. Within a <see cref="ReadingSnapshot"/> the tree is scanned once.</summary>
    public static WorkspaceScan Scan(string root, ScanConfig config, CancellationToken cancellationToken = default) =>
        ReadingSnapshot.Once((nameof(WorkspaceScanner), root, config.FileBudget, string.Join('/', config.SkipDirs)), () => Walk(root, config, cancellationToken));

    private static WorkspaceScan Walk(string root, ScanConfig config, CancellationToken cancellationToken)
    {
        var options = FileWalkOptions.From(config);
        if (cancellationToken.CanBeCanceled)
        {
            options = options with
            {
                EnterFolder = (_, _) =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    return true;
                },
            };
        }

        var (files, stoppedEarly) = FileWalker.Walk(root, options);
        return new WorkspaceScan(files.Order(StringComparer.Ordinal).ToArray(), config.FileBudget, stoppedEarly);
    }
}
