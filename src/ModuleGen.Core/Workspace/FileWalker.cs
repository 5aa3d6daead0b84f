namespace ModuleGen.Core.Workspace;

/// <summary>Walks a folder depth-first in ordinal order — never through a symbolic link, never into a skipped folder —
/// and stops at a file budget, so any scan costs a bounded amount of time and sees the same files in the same order.</summary>
public static class FileWalker
{
    /// <summary>Lists the files under <paramref name="folder"/> that <paramref name="options"/> admit.</summary>
    /// <returns>Paths relative to the folder (prefixed with <see cref="FileWalkOptions.RelativePrefix"/>), with '/'
    /// separators, in walk order; and whether the budget cut the walk short.</returns>
    public static (IReadOnlyList<string> Files, bool StoppedEarly) Walk(string folder, FileWalkOptions options)
    {
        var files = new List<string>();
        var complete = Visit(new DirectoryInfo(folder), options.RelativePrefix, options, files);
        return (files, !complete);
    }

    private static bool Visit(DirectoryInfo folder, string relative, FileWalkOptions options, List<string> files)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = folder.GetFileSystemInfos();
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
            if (entry is DirectoryInfo directory)
            {
                var enter = !options.SkipNames.Contains(directory.Name) && (options.EnterFolder?.Invoke(directory, path) ?? true);
                if (enter && !Visit(directory, path, options, files))
                {
                    return false;
                }
            }
            else if (options.IncludeFile?.Invoke((FileInfo)entry, path) ?? true)
            {
                if (files.Count >= options.Budget)
                {
                    return false;
                }

                files.Add(path);
            }
        }

        return true;
    }
}
