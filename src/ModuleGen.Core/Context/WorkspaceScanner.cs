using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Context;

/// <summary>Walks the workspace depth-first in ordinal order, skipping configured folders and every symbolic link,
/// and stops at the file budget so a huge repository costs a bounded amount of time.</summary>
public static class WorkspaceScanner
{
    /// <summary>Scans the tree under <paramref name="root"/>.</summary>
    public static WorkspaceScan Scan(string root, ScanConfig config)
    {
        var skip = new HashSet<string>(config.SkipDirs, StringComparer.Ordinal);
        var files = new List<string>();
        var stoppedEarly = !Walk(root, "", skip, files, config.FileBudget);
        files.Sort(StringComparer.Ordinal);
        return new WorkspaceScan(files, config.FileBudget, stoppedEarly);
    }

    private static bool Walk(string folder, string relative, HashSet<string> skip, List<string> files, int budget)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(folder).GetFileSystemInfos();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true;
        }

        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var entry in entries)
        {
            if (entry.LinkTarget is not null)
            {
                continue;
            }

            var path = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
            if (entry is DirectoryInfo)
            {
                if (!skip.Contains(entry.Name) && !Walk(entry.FullName, path, skip, files, budget))
                {
                    return false;
                }
            }
            else
            {
                if (files.Count >= budget)
                {
                    return false;
                }

                files.Add(path);
            }
        }

        return true;
    }
}
