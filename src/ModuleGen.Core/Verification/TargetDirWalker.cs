namespace ModuleGen.Core.Verification;

/// <summary>Lists the files under a brick's folder in ordinal order, skipping symbolic links, the configured skip
/// folders (caches, virtual environments …) and folders that belong to other bricks, within a file budget.</summary>
internal static class TargetDirWalker
{
    /// <summary>Returns paths relative to <paramref name="folder"/> with '/' separators, and whether the budget cut the walk short.</summary>
    public static (IReadOnlyList<string> Files, bool StoppedEarly) Walk(string folder, IReadOnlySet<string> skipNames, IReadOnlySet<string> excludedFolders, int budget)
    {
        var files = new List<string>();
        var complete = Visit(folder, "", skipNames, excludedFolders, budget, files);
        return (files, !complete);
    }

    private static bool Visit(string folder, string relative, IReadOnlySet<string> skipNames, IReadOnlySet<string> excluded, int budget, List<string> files)
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
            var path = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
            if (entry.LinkTarget is not null)
            {
                continue;
            }

            if (entry is DirectoryInfo)
            {
                if (!skipNames.Contains(entry.Name) && !excluded.Contains(entry.FullName) &&
                    !Visit(entry.FullName, path, skipNames, excluded, budget, files))
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
