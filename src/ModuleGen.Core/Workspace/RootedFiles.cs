namespace ModuleGen.Core.Workspace;

/// <summary>Reads and changes files by workspace-relative path ('/'-separated, already accepted by
/// <see cref="PathGuard"/>) so that no operation can leave the root, even when folders are swapped for links while it
/// runs: the <see cref="Native.Posix"/> implementation walks from an open handle of the root, one folder at a time,
/// refusing a symbolic link at every step at the moment of use (openat with O_NOFOLLOW, renames and links relative to
/// the opened parent), the guarantee Go's <c>os.Root</c> gives; a batch (<see cref="ForBatch"/>) reuses the folders it
/// has opened that way.</summary>
/// <remarks>Where those calls are not available (Windows, macOS), <see cref="Create"/> returns a path-based fallback
/// that checks every folder for links just before each operation: it refuses links that are already there, but a link
/// swapped in between the check and the operation is not defended against. Every failure is an
/// <see cref="WorkspaceIOException"/> whose message is plain words (no paths, no resource keys).</remarks>
internal abstract class RootedFiles : IDisposable
{
    protected RootedFiles(string root)
    {
        Root = root;
    }

    /// <summary>Gets the absolute root every path is relative to.</summary>
    public string Root { get; }

    /// <summary>Gets whether operations are anchored to an open root handle (true) or path-based (the fallback).</summary>
    public abstract bool Anchored { get; }

    /// <summary>Returns the best implementation for this platform.</summary>
    public static RootedFiles Create(string root) => Native.Posix.Available ? new PosixRootedFiles(root) : new PathRootedFiles(root);

    /// <summary>Returns files for one batch of operations (one commit, under the workspace lock) that may keep the
    /// folders it opens for the next operation instead of walking from the root again; dispose it when the batch ends.
    /// Not thread-safe. The path-based fallback returns itself.</summary>
    public virtual RootedFiles ForBatch() => this;

    /// <summary>Releases what a batch kept open (nothing otherwise).</summary>
    public virtual void Dispose()
    {
    }

    /// <summary>Describes an entry without following a final link; missing when it (or a folder above it) does not exist.</summary>
    public abstract EntryFacts Stat(string relative);

    /// <summary>Creates a new file (it must not exist) holding <paramref name="content"/>, flushed to disk, with the given
    /// permissions (null: 0666 narrowed by the umask, as any editor creates files) and, when possible, the owner of
    /// <paramref name="ownerFrom"/>; creates missing folders above it and adds them to <paramref name="created"/>.</summary>
    /// <param name="relative">The new file's path.</param>
    /// <param name="content">What it holds.</param>
    /// <param name="permissions">Its exact mode, or null for the umask's default.</param>
    /// <param name="ownerFrom">The file whose owner it gets, where the process may give it away.</param>
    /// <param name="created">Receives the folders created above it.</param>
    /// <param name="flushes">When given, the file is flushed to disk by the batch's <see cref="FlushBatch.FlushAll"/>
    /// (which the caller runs before relying on it) instead of before this call returns.</param>
    public abstract void CreateFile(string relative, ReadOnlySpan<byte> content, uint? permissions, EntryFacts? ownerFrom, List<string>? created, FlushBatch? flushes = null);

    /// <summary>Renames one file onto another name (replacing a file there) in one atomic step; creates missing folders
    /// above the destination and adds them to <paramref name="created"/>.</summary>
    public abstract void Rename(string from, string to, List<string>? created);

    /// <summary>Adds a second name for an existing file (a hard link): a backup that costs no space and keeps the mode
    /// and owner. Returns false when the file system does not support it (the caller copies instead).</summary>
    public abstract bool TryLink(string existing, string newName, List<string>? created);

    /// <summary>Removes a file (not a folder); a missing file is not an error.</summary>
    public abstract void Delete(string relative);

    /// <summary>Removes a folder when it is empty; returns whether it was removed.</summary>
    public abstract bool DeleteEmptyFolder(string relative);

    /// <summary>Opens (creating when missing) a lock file and takes an exclusive OS lock on it without waiting; returns
    /// null when another open file (another process, or another handle of this one) holds it. The lock dies with the
    /// handle, and so with its process: a crash never leaves a stale lock.</summary>
    /// <remarks>The lock file must be a regular file with one name (its holder writes a note into it); a lock whose file
    /// was removed or replaced while it was being taken is taken again on the file that now has the name, so a holder
    /// may remove its lock file when done.</remarks>
    public abstract Microsoft.Win32.SafeHandles.SafeFileHandle? TryLock(string relative);

    /// <summary>Appends bytes to a file (creating it, and the folders above it, when missing) in one write: a log line.</summary>
    /// <remarks>Like every other write it never follows a link; and since it changes the file in place rather than
    /// replacing it, it also refuses a file with more than one name (a hard link planted at the path would make the
    /// append change a file elsewhere) and anything that is not a regular file.</remarks>
    public abstract void Append(string relative, ReadOnlySpan<byte> content);

    /// <summary>Lists the names in a folder (links on the way are refused); empty when it does not exist.</summary>
    public virtual string[] ListNames(string relative)
    {
        if (Stat(relative).Kind != EntryKind.Folder)
        {
            return [];
        }

        try
        {
            var names = Directory.EnumerateFileSystemEntries(relative.Length == 0 ? Root : Path.Join(Root, relative)).Select(Path.GetFileName).OfType<string>().ToArray();
            Array.Sort(names, StringComparer.Ordinal);
            return names;
        }
        catch (DirectoryNotFoundException)
        {
            return [];
        }
    }

    /// <summary>Removes a folder and everything in it, through the anchored operations (a link inside is removed as a
    /// link, never followed).</summary>
    public void DeleteTree(string relative)
    {
        foreach (var name in ListNames(relative))
        {
            var child = $"{relative}/{name}";
            if (Stat(child).Kind == EntryKind.Folder)
            {
                DeleteTree(child);
            }
            else
            {
                Delete(child);
            }
        }

        DeleteEmptyFolder(relative);
    }

    /// <summary>Reads a regular file of at most <paramref name="maxBytes"/> bytes without blocking on FIFOs or devices.</summary>
    /// <exception cref="WorkspaceIOException">Thrown for missing, special, oversized or unreadable files.</exception>
    public abstract byte[] ReadAll(string relative, long maxBytes);

    /// <summary>Splits a relative path into its folder and its last name.</summary>
    protected static (string Folder, string Name) Split(string relative)
    {
        var slash = relative.LastIndexOf('/');
        return slash < 0 ? ("", relative) : (relative[..slash], relative[(slash + 1)..]);
    }
}
