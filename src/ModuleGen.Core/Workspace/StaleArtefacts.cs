using System.Diagnostics;

namespace ModuleGen.Core.Workspace;

/// <summary>Repairs and removes what an interrupted ModuleGen process left behind in the workspace: interrupted commits
/// are undone from their journal (<see cref="CommitJournal.RecoverAll"/>), then the atomic writer's temp files
/// (<c>.name.PID-GUID.mgtmp</c>, anywhere the scan goes) are removed.</summary>
/// <remarks>
/// Only ModuleGen's own artefacts, recognised by their exact name pattern, only inside the root (links are not
/// followed), and only when the process that wrote them is gone: the process id is part of every such name, so a
/// second server working on the same workspace keeps its in-flight files. Names without a process id come from
/// earlier versions and are taken as stale. Folders the workspace scan skips (.git, node_modules, …) are not entered,
/// except .modulegen itself. Servers in different process-id namespaces (two containers sharing one workspace) cannot
/// see each other's processes; their commits are still serialised by the workspace lock (see <c>KeyedLocks</c>).
/// </remarks>
public static class StaleArtefacts
{
    public const string StagingFolder = ".modulegen/staging";

    private const int MaxEntries = 200_000;

    /// <summary>Names this process's staging folder for a transaction id.</summary>
    public static string StagingName(string id) => $"{Environment.ProcessId}-{id}";

    /// <summary>Deletes the stale artefacts; <paramref name="isAlive"/> tells whether a process id is running (tests
    /// pass their own).</summary>
    public static CleanupReport Remove(ModuleGenWorkspace workspace, Func<int, bool>? isAlive = null)
    {
        isAlive ??= IsRunning;
        var recovered = CommitJournal.RecoverAll(workspace, isAlive);
        var removed = new List<string>(recovered.Repaired);
        var failed = new List<string>(recovered.Kept.Select(k => $"{k}: an interrupted commit could not be fully undone; the previous content of its files is kept there"));
        foreach (var (path, isFolder) in Find(workspace, isAlive))
        {
            var relative = Path.GetRelativePath(workspace.Root, path).Replace(Path.DirectorySeparatorChar, '/');
            try
            {
                if (isFolder)
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    File.Delete(path);
                }

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

    private static IEnumerable<(string Path, bool IsFolder)> Find(ModuleGenWorkspace workspace, Func<int, bool> isAlive)
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
                    yield return (entry.FullName, false);
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
