using Microsoft.Win32.SafeHandles;
using ModuleGen.Core.Workspace.Native;

namespace ModuleGen.Core.Workspace;

/// <summary>Implements <see cref="RootedFiles"/> with an openat walk: the root is opened once, when the workspace is
/// opened, and every operation starts from that handle; every folder below it is opened relative to its parent with
/// O_NOFOLLOW|O_DIRECTORY (a link fails the open), and the final operation (create, rename, link, unlink, stat, list)
/// runs relative to the opened parent. A folder swapped for a link at any moment therefore makes the operation fail; it
/// can never redirect it outside the root, and renaming or replacing a folder above the root (its parent swapped for
/// another tree) does not move the operations with it: they stay in the folder that was opened.</summary>
/// <remarks>A batch instance (<see cref="ForBatch"/>) keeps every folder its walks opened, so the next operation below
/// it starts from that handle instead of from the root; a folder is let go when the batch removes or renames it. A
/// folder swapped for a link after it was opened is then not followed either: the batch goes on in the folder it
/// opened, which was inside the root when it was opened (an open handle names the folder itself, not its path).</remarks>
internal sealed class PosixRootedFiles : RootedFiles
{
    private const uint FolderMode = 0x1FF; // 0777, narrowed by the umask like any mkdir

    // How often a lock is taken again when its file was removed or replaced while this process waited for it.
    private const int LockAttempts = 8;

    // The root, opened once for the life of the workspace (a batch borrows it); null with the errno when it could not be.
    private readonly SafeFileHandle? _root;
    private readonly int _rootErrno;

    // Null outside a batch; in a batch the folders opened so far (owned here), by relative path ("" is the root).
    private readonly Dictionary<string, SafeFileHandle>? _held;

    public PosixRootedFiles(string root)
        : base(root)
    {
        var fd = Posix.Open(root, Posix.O_RDONLY | Posix.O_DIRECTORY | Posix.O_CLOEXEC, 0);
        (_root, _rootErrno) = fd < 0 ? (null, Posix.Errno) : (new SafeFileHandle(fd, ownsHandle: true), 0);
    }

    private PosixRootedFiles(PosixRootedFiles parent)
        : base(parent.Root)
    {
        (_root, _rootErrno) = (parent._root, parent._rootErrno);
        _held = new Dictionary<string, SafeFileHandle>(StringComparer.Ordinal);
    }

    public override bool Anchored => true;

    public override RootedFiles ForBatch() => new PosixRootedFiles(this);

    /// <summary>Closes what a batch kept open; the instance that opened the root closes it (a batch only borrows it).</summary>
    public override void Dispose()
    {
        if (_held is null)
        {
            _root?.Dispose();
            return;
        }

        foreach (var handle in _held.Values)
        {
            handle.Dispose();
        }

        _held.Clear();
    }

    public override EntryFacts Stat(string relative)
    {
        var (folder, name) = Split(relative);
        using var parent = TryOpenFolder(folder);
        if (parent is null)
        {
            return EntryFacts.Missing;
        }

        if (!Posix.TryStat(Fd(parent), name.Length == 0 ? "." : name, out var facts))
        {
            return Posix.Errno is Posix.ENOENT or Posix.ENOTDIR ? EntryFacts.Missing : throw Fail();
        }

        var kind = facts.Type switch
        {
            Posix.S_IFREG => EntryKind.File,
            Posix.S_IFDIR => EntryKind.Folder,
            Posix.S_IFLNK => EntryKind.Link,
            _ => EntryKind.Special,
        };
        return new EntryFacts(kind, facts.Permissions, facts.Owner, facts.Group, facts.Size) { Identity = (facts.Device, facts.Inode) };
    }

    public override void CreateFile(string relative, ReadOnlySpan<byte> content, uint? permissions, EntryFacts? ownerFrom, List<string>? created, FlushBatch? flushes = null)
    {
        var (folder, name) = Split(relative);
        using var parent = OpenFolder(folder, created);
        var fd = Posix.OpenAt(Fd(parent), name, Posix.O_WRONLY | Posix.O_CREAT | Posix.O_EXCL | Posix.O_NOFOLLOW | Posix.O_CLOEXEC, permissions ?? 0x1B6);
        if (fd < 0)
        {
            throw Fail();
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            RandomAccess.Write(handle, content, fileOffset: 0);

            // The umask narrowed the mode at creation; set it exactly, and keep the replaced file's owner where allowed.
            if (permissions is { } exact && Posix.FChmod(fd, exact) != 0)
            {
                throw Fail();
            }

            if (ownerFrom is { Owner: { } owner, Group: { } group })
            {
                _ = Posix.FChown(fd, owner, group); // Only root may give files away; otherwise the writer owns them.
            }

            if (flushes is null && Posix.FSync(fd) != 0)
            {
                throw Fail();
            }
        }
        catch
        {
            handle.Dispose();
            throw;
        }

        if (flushes is null)
        {
            handle.Dispose();
        }
        else
        {
            flushes.Add(handle); // The batch fsyncs and closes it.
        }
    }

    public override void Rename(string from, string to, List<string>? created)
    {
        var (fromFolder, fromName) = Split(from);
        var (toFolder, toName) = Split(to);
        using var source = OpenFolder(fromFolder, null);
        using var target = OpenFolder(toFolder, created);
        if (Posix.RenameAt(Fd(source), fromName, Fd(target), toName) != 0)
        {
            throw Fail();
        }

        LetGo(from);
        LetGo(to);
    }

    public override bool TryLink(string existing, string newName, List<string>? created)
    {
        var (fromFolder, fromName) = Split(existing);
        var (toFolder, toName) = Split(newName);
        using var source = OpenFolder(fromFolder, null);
        using var target = OpenFolder(toFolder, created);
        if (Posix.LinkAt(Fd(source), fromName, Fd(target), toName, 0) == 0)
        {
            return true;
        }

        return Posix.Errno is Posix.EXDEV or Posix.EPERM ? false : throw Fail();
    }

    public override SafeFileHandle? TryLock(string relative)
    {
        var (folder, name) = Split(relative);
        using var parent = OpenFolder(folder, created: []);
        for (var attempt = 0; attempt < LockAttempts; attempt++)
        {
            var fd = Posix.OpenAt(Fd(parent), name, Posix.O_RDWR | Posix.O_CREAT | Posix.O_NOFOLLOW | Posix.O_NONBLOCK | Posix.O_CLOEXEC, 0x1B6);
            if (fd < 0)
            {
                throw Fail();
            }

            var handle = new SafeFileHandle(fd, ownsHandle: true);
            try
            {
                var opened = WritableInPlace(fd);
                if (Posix.Flock(fd, Posix.LOCK_EX | Posix.LOCK_NB) != 0)
                {
                    var errno = Posix.Errno;
                    handle.Dispose();
                    return errno == Posix.EWOULDBLOCK ? null : throw new WorkspaceIOException(Posix.Describe(errno));
                }

                // Whoever held the lock before may have removed the file (a finished commit removes its lock): a lock on a
                // file that no longer has this name locks nothing anyone else will look at, so it is taken again.
                if (Posix.TryStat(Fd(parent), name, out var named) && named.Inode == opened.Inode && named.Device == opened.Device)
                {
                    return handle;
                }
            }
            catch
            {
                handle.Dispose();
                throw;
            }

            handle.Dispose();
        }

        throw new WorkspaceIOException("the lock file keeps being replaced by another process");
    }

    public override void Append(string relative, ReadOnlySpan<byte> content)
    {
        var (folder, name) = Split(relative);
        using var parent = OpenFolder(folder, created: []);
        var fd = Posix.OpenAt(Fd(parent), name, Posix.O_WRONLY | Posix.O_APPEND | Posix.O_CREAT | Posix.O_NOFOLLOW | Posix.O_NONBLOCK | Posix.O_CLOEXEC, 0x1B6);
        if (fd < 0)
        {
            throw Fail();
        }

        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        var facts = WritableInPlace(fd);
        RandomAccess.Write(handle, content, facts.Size); // O_APPEND: the kernel writes at the end whatever the offset.
    }

    public override string[] ListNames(string relative)
    {
        using var folder = TryOpenFolder(relative);
        if (folder is null)
        {
            return [];
        }

        var names = Posix.ListNames(Fd(folder)).ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        return names;
    }

    /// <summary>Checks that an open file may be written where it is (appended to, or rewritten as a lock's note): a
    /// regular file with one name. A second hard link may be a file outside the workspace planted at this path, which
    /// the write would change; a FIFO or device is not a file at all.</summary>
    private static Posix.FileFacts WritableInPlace(int fd)
    {
        if (!Posix.TryStat(fd, "", out var facts))
        {
            throw Fail();
        }

        if (facts.Type != Posix.S_IFREG)
        {
            throw new WorkspaceIOException("it is not a regular file (a FIFO, socket or device)");
        }

        return facts.Links > 1
            ? throw new WorkspaceIOException($"it has {facts.Links} hard links (another name, maybe outside the workspace, shares its content), so ModuleGen does not write to it")
            : facts;
    }

    public override void Delete(string relative)
    {
        var (folder, name) = Split(relative);
        using var parent = TryOpenFolder(folder);
        if (parent is not null && Posix.UnlinkAt(Fd(parent), name, 0) != 0 && Posix.Errno != Posix.ENOENT)
        {
            throw Fail();
        }
    }

    public override bool DeleteEmptyFolder(string relative)
    {
        var (folder, name) = Split(relative);
        using var parent = TryOpenFolder(folder);
        if (parent is null || Posix.UnlinkAt(Fd(parent), name, Posix.AT_REMOVEDIR) != 0)
        {
            return false;
        }

        LetGo(relative);
        return true;
    }

    public override byte[] ReadAll(string relative, long maxBytes)
    {
        var (folder, name) = Split(relative);
        using var parent = OpenFolder(folder, null);

        // O_NONBLOCK: opening a FIFO must not wait for a writer; the type is then checked on what was opened.
        var fd = Posix.OpenAt(Fd(parent), name, Posix.O_RDONLY | Posix.O_NOFOLLOW | Posix.O_NONBLOCK | Posix.O_CLOEXEC, 0);
        if (fd < 0)
        {
            throw Fail();
        }

        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        if (!Posix.TryStat(fd, "", out var facts) && !Posix.TryStat(Fd(parent), name, out facts))
        {
            throw Fail();
        }

        if (facts.Type != Posix.S_IFREG)
        {
            throw new WorkspaceIOException("it is not a regular file (a FIFO, socket or device)");
        }

        return RegularFile.ReadBounded(handle, maxBytes);
    }

    private SafeFileHandle OpenFolder(string relative, List<string>? created) =>
        Walk(relative, create: created is not null, created) ?? throw new WorkspaceIOException(Posix.Describe(Posix.ENOENT));

    private SafeFileHandle? TryOpenFolder(string relative) => Walk(relative, create: false, null);

    /// <summary>Opens a folder below the root one segment at a time, refusing links; null when a segment is missing and
    /// <paramref name="create"/> is false.</summary>
    private SafeFileHandle? Walk(string relative, bool create, List<string>? created)
    {
        var flags = Posix.O_RDONLY | Posix.O_DIRECTORY | Posix.O_NOFOLLOW | Posix.O_CLOEXEC;
        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var (current, start) = Nearest(segments);
        if (current is null)
        {
            if (_root is null)
            {
                throw new WorkspaceIOException(Posix.Describe(_rootErrno));
            }

            current = Borrow(_root);
        }

        for (var i = start; i < segments.Length; i++)
        {
            var segment = segments[i];
            var walked = string.Join('/', segments, 0, i + 1);
            var next = Posix.OpenAt(Fd(current), segment, flags, 0);
            if (next < 0 && Posix.Errno == Posix.ENOENT && create)
            {
                if (Posix.MkdirAt(Fd(current), segment, FolderMode) == 0)
                {
                    created!.Add(walked);
                }
                else if (Posix.Errno != Posix.EEXIST)
                {
                    var error = Fail();
                    current.Dispose();
                    throw error;
                }

                next = Posix.OpenAt(Fd(current), segment, flags, 0);
            }

            if (next < 0)
            {
                var errno = Posix.Errno;
                current.Dispose();
                return errno == Posix.ENOENT && !create ? null : throw new WorkspaceIOException(Posix.Describe(errno));
            }

            current.Dispose();
            current = Keep(walked, new SafeFileHandle(next, ownsHandle: true));
        }

        return current;
    }

    /// <summary>Returns the deepest held folder on the way to <paramref name="segments"/> (as a handle the caller may
    /// dispose) and how many segments it covers; null when none is held.</summary>
    private (SafeFileHandle? Folder, int Covered) Nearest(string[] segments)
    {
        for (var n = segments.Length; _held is not null && n >= 0; n--)
        {
            if (_held.TryGetValue(string.Join('/', segments, 0, n), out var held))
            {
                return (Borrow(held), n);
            }
        }

        return (null, 0);
    }

    // In a batch the folder stays open for later walks and the caller gets a handle that does not close it.
    private SafeFileHandle Keep(string relative, SafeFileHandle opened)
    {
        if (_held is null)
        {
            return opened;
        }

        _held[relative] = opened;
        return Borrow(opened);
    }

    private static SafeFileHandle Borrow(SafeFileHandle held) => new(held.DangerousGetHandle(), ownsHandle: false);

    /// <summary>Stops holding a folder the batch removed or renamed, and everything held below it.</summary>
    private void LetGo(string relative)
    {
        foreach (var key in _held?.Keys.Where(k => k == relative || k.StartsWith(relative + "/", StringComparison.Ordinal)).ToArray() ?? [])
        {
            _held![key].Dispose();
            _held.Remove(key);
        }
    }

    private static int Fd(SafeFileHandle handle) => (int)handle.DangerousGetHandle();

    private static WorkspaceIOException Fail() => new(Posix.Describe(Posix.Errno));
}
