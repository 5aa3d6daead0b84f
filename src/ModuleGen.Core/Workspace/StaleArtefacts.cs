using System.Diagnostics;

namespace ModuleGen.Core.Workspace;

/// <summary>Repairs and removes what an interrupted ModuleGen process left behind in the workspace: interrupted commits
/// are undone from their journal (<see cref="CommitJournal.RecoverAll"/>), then the atomic writer's temp files
/// (<c>.name.PID-GUID.mgtmp</c>, anywhere the scan goes) are removed.</summary>
/// <remarks>
/// Interrupted commits are recognised by their staging folder's lock, which only a running commit holds (process ids
/// are reused, so they decide nothing there). Temp files are recognised by their exact name pattern and the process id
/// in it: a temp file whose writer is gone is removed, so a second server working on the same workspace keeps its
/// in-flight files (a reused id only keeps a stale temp file a while longer; it holds a copy, never the only one).
/// Names without a process id come from earlier versions and are taken as stale. Only inside the root: the scan does
/// not follow links and each delete goes through the rooted operations, so a folder swapped for a link during the scan
/// makes the delete fail rather than reach a file elsewhere. Folders the workspace scan skips (.git, node_modules, …)
/// are not entered, except .modulegen itself.
/// </remarks>
public static class StaleArtefacts
{
    public const string StagingFolder = ".modulegen/staging";

    private const int MaxEntries = 200_000;

    /// <summary>Names a staging folder for a transaction id: the process id (for a person reading the folder; liveness
    /// is decided by the folder's lock, see <see cref="CommitJournal"/>), the id, and a random part, so that no two
    /// commits — not even one retried by a process that got a crashed one's id — share a folder.</summary>
    public static string StagingName(string id) => $"{Environment.ProcessId}-{id}-{Random.Shared.Next():x8}";

    /// <summary>Deletes the stale artefacts; <paramref name="isAlive"/> tells whether a process id is running (tests
    /// pass their own).</summary>
    public static CleanupReport Remove(ModuleGenWorkspace workspace, Func<int, bool>? isAlive = null)
    {
        isAlive ??= IsRunning;
        var recovered = CommitJournal.RecoverAll(workspace, isAlive);
        var removed = new List<string>(recovered.Repaired);
        var failed = new List<string>(recovered.Kept.Select(k => $"{k}: an interrupted commit could not be fully undone; the previous content of its files is kept there"));
        failed.AddRange(recovered.Unresolved.Select(u => $"{u.Path}: {u.Reason}; {(u.Backup is null ? "it did not exist before that commit" : $"its content from before that commit is in {u.Backup}")}"));
        if (recovered.Unreadable is { } unreadable)
        {
            failed.Add($"{StagingFolder}: {unreadable}");
        }

        foreach (var relative in Find(workspace, isAlive))
        {
            try
            {
                // Deleted through the rooted operations: the scan found the name by path, and a folder on the way swapped
                // for a link since then must make the delete fail, not reach a same-named file elsewhere.
                workspace.Writer.Files.Delete(relative);
                removed.Add(relative);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failed.Add($"{relative}: {WorkspaceIOException.Describe(ex)}");
            }
        }

        removed.Sort(StringComparer.Ordinal);
        failed.Sort(StringComparer.Ordinal);
        return new CleanupReport(removed, failed);
    }

    private static IEnumerable<string> Find(ModuleGenWorkspace workspace, Func<int, bool> isAlive)
    {
        var staging = Path.Join(workspace.Root, StagingFolder);
        var skip = new HashSet<string>(workspace.Config.Scan.SkipDirs.Where(d => d != ".modulegen"), StringComparer.Ordinal);
        var pending = new Stack<string>([workspace.Root]);
        var seen = 0;
        while (pending.Count > 0 && seen < MaxEntries)
        {
            var folder = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().ToArray();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                seen++;
                if (entry.LinkTarget is not null)
                {
                    continue;
                }

                if (entry is DirectoryInfo directory)
                {
                    if (!skip.Contains(directory.Name) && directory.FullName != staging)
                    {
                        pending.Push(directory.FullName);
                    }
                }
                else if (AtomicFileWriter.IsTempName(entry.Name, out var owner) && (owner is not { } pid || !isAlive(pid)))
                {
                    yield return Path.GetRelativePath(workspace.Root, entry.FullName).Replace(Path.DirectorySeparatorChar, '/');
                }
            }
        }
    }

    /// <summary>Reads the owning process id from a staging folder's name (null for names without one).</summary>
    public static int? OwnerOf(string stagingName)
    {
        var dash = stagingName.IndexOf('-');
        return dash > 0 && int.TryParse(stagingName[..dash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    /// <summary>Tells whether a process id is running (this process always is).</summary>
    public static bool IsRunning(int processId)
    {
        if (processId == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
