namespace ModuleGen.Core.Workspace;

/// <summary>Resolves symbolic links the way realpath(3) does, without following more than a fixed number of hops.</summary>
internal static class FileSystemLinks
{
    private const int MaxHops = 40;

    /// <summary>Returns the link text when <paramref name="path"/> is itself a symbolic link (dangling or not).</summary>
    public static string? LinkText(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Returns the absolute target of a link, its text read relative to the link's directory.</summary>
    public static string TargetOf(string linkPath, string linkText) =>
        Path.GetFullPath(Path.IsPathRooted(linkText)
            ? linkText
            : Path.Join(Path.GetDirectoryName(linkPath), linkText));

    /// <summary>Returns <paramref name="path"/> with every symbolic link in it resolved; missing tails are kept as written.</summary>
    /// <remarks>Returns null when the links loop or nest deeper than the hop limit.</remarks>
    public static string? RealPath(string path)
    {
        var hops = 0;
        return Resolve(Path.GetFullPath(path), ref hops);
    }

    /// <summary>Returns <c>RealPath(Path.Join(realFolder, relative))</c> for a <paramref name="realFolder"/> that is already
    /// free of links (a <see cref="RealPath"/> result), reading only the links of <paramref name="relative"/> (a
    /// normalised path below it).</summary>
    public static string? RealPathBelow(string realFolder, string relative)
    {
        var hops = 0;
        return Resolve(realFolder, relative, ref hops);
    }

    private static string? Resolve(string fullPath, ref int hops)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        return Resolve(root, fullPath[root.Length..], ref hops);
    }

    private static string? Resolve(string start, string rest, ref int hops)
    {
        var current = start;
        foreach (var part in rest.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Join(current, part);
            if (LinkText(candidate) is not { } text)
            {
                current = candidate;
                continue;
            }

            if (++hops > MaxHops)
            {
                return null;
            }

            var resolved = Resolve(TargetOf(candidate, text), ref hops);
            if (resolved is null)
            {
                return null;
            }

            current = resolved;
        }

        return current;
    }
}
