namespace ModuleGen.Core.Workspace;

/// <summary>Implements <see cref="RootedFiles"/> with ordinary path-based calls where the POSIX *at calls are not
/// available: every folder on the way is checked for links just before each operation, so links already present are
/// refused, but a folder swapped for a link between that check and the operation is not defended against.</summary>
internal sealed class PathRootedFiles(string root) : RootedFiles(root)
{
    public override bool Anchored => false;

    public override EntryFacts Stat(string relative)
    {
        var full = Full(relative);
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            return new EntryFacts(EntryKind.Link, 0, null, null, 0);
        }

        if (Directory.Exists(full))
        {
            return new EntryFacts(EntryKind.Folder, 0, null, null, 0);
        }

        if (!info.Exists)
        {
            return EntryFacts.Missing;
        }

        var attributes = info.Attributes;
        var special = (attributes & (FileAttributes.Device | FileAttributes.ReparsePoint)) != 0;
        var mode = OperatingSystem.IsWindows() ? 0u : (uint)info.UnixFileMode;
        if (OperatingSystem.IsWindows() && (attributes & FileAttributes.ReadOnly) != 0)
        {
            mode = 0x124; // read-only for everyone
        }

        return new EntryFacts(special ? EntryKind.Special : EntryKind.File, mode, null, null, info.Length);
    }

    // Flushes at once even in a batch: the batch's overlapped writeback is a Linux call.
    public override void CreateFile(string relative, ReadOnlySpan<byte> content, uint? permissions, EntryFacts? ownerFrom, List<string>? created, FlushBatch? flushes = null)
    {
        var full = PrepareFolder(relative, created);
        using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        if (!OperatingSystem.IsWindows() && permissions is { } exact and not 0)
        {
            File.SetUnixFileMode(full, (UnixFileMode)exact);
        }
    }

    public override void Rename(string from, string to, List<string>? created)
    {
        var source = Full(from);
        RefuseLinks(Split(from).Folder);
        File.Move(source, PrepareFolder(to, created), overwrite: true);
    }

    public override bool TryLink(string existing, string newName, List<string>? created) => false;

    public override Microsoft.Win32.SafeHandles.SafeFileHandle? TryLock(string relative)
    {
        var full = PrepareFolder(relative, created: []);
        try
        {
            // FileShare.None: an exclusive lock on Windows, flock(LOCK_EX) on Unix; released when the handle closes.
            return File.OpenHandle(full, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            return null;
        }
    }

    // No link count here (no portable call gives it): links and special files are refused, hard links are not.
    public override void Append(string relative, ReadOnlySpan<byte> content)
    {
        var full = PrepareFolder(relative, created: []);
        if (Stat(relative).Kind is not (EntryKind.File or EntryKind.Missing))
        {
            throw new WorkspaceIOException("it is not a regular file (a FIFO, socket, device, folder or link)");
        }

        using var stream = new FileStream(full, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        stream.Write(content);
    }

    public override void Delete(string relative)
    {
        RefuseLinks(Split(relative).Folder);
        File.Delete(Full(relative));
    }

    public override bool DeleteEmptyFolder(string relative)
    {
        var full = Full(relative);
        try
        {
            if (Directory.Exists(full) && new DirectoryInfo(full).LinkTarget is null && !Directory.EnumerateFileSystemEntries(full).Any())
            {
                Directory.Delete(full);
                return true;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not empty any more, or not ours to remove.
        }

        return false;
    }

    public override byte[] ReadAll(string relative, long maxBytes)
    {
        var facts = Stat(relative);
        if (facts.Kind != EntryKind.File)
        {
            throw new WorkspaceIOException(facts.Kind == EntryKind.Missing ? "it does not exist" : "it is not a regular file (a FIFO, socket, device, folder or link)");
        }

        RefuseLinks(Split(relative).Folder);
        using var handle = File.OpenHandle(Full(relative), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return RegularFile.ReadBounded(handle, maxBytes);
    }

    private string PrepareFolder(string relative, List<string>? created)
    {
        var (folder, _) = Split(relative);
        var walked = "";
        foreach (var segment in folder.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            walked = walked.Length == 0 ? segment : $"{walked}/{segment}";
            var full = Full(walked);
            if (new DirectoryInfo(full).LinkTarget is not null)
            {
                throw new WorkspaceIOException("a symbolic link is in the way (ModuleGen does not follow links)");
            }

            if (!Directory.Exists(full))
            {
                Directory.CreateDirectory(full);
                created?.Add(walked);
            }
        }

        return Full(relative);
    }

    private void RefuseLinks(string folder)
    {
        var walked = "";
        foreach (var segment in folder.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            walked = walked.Length == 0 ? segment : $"{walked}/{segment}";
            if (new DirectoryInfo(Full(walked)).LinkTarget is not null)
            {
                throw new WorkspaceIOException("a symbolic link is in the way (ModuleGen does not follow links)");
            }
        }
    }

    private string Full(string relative) => relative.Length == 0 ? Root : Path.Join(Root, relative);
}
