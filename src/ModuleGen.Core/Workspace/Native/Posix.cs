using System.Runtime.InteropServices;

namespace ModuleGen.Core.Workspace.Native;

/// <summary>Declares the few POSIX calls the rooted file system needs (Linux, glibc or musl), through source-generated
/// <see cref="LibraryImportAttribute"/> stubs so the binary stays Native-AOT clean (no runtime marshalling code).</summary>
/// <remarks>Flag values differ between architectures (O_DIRECTORY and O_NOFOLLOW on arm64), so they are chosen at
/// start; <c>statx</c> is used because its buffer has one layout on every Linux architecture.</remarks>
internal static partial class Posix
{
    public const int ENOENT = 2;
    public const int EEXIST = 17;
    public const int EXDEV = 18;
    public const int ENOTDIR = 20;
    public const int EISDIR = 21;
    public const int EACCES = 13;
    public const int EPERM = 1;
    public const int ENOSPC = 28;
    public const int EROFS = 30;
    public const int ELOOP = 40;
    public const int EDQUOT = 122;
    public const int ENAMETOOLONG = 36;
    public const int EINTR = 4;
    public const int EIO = 5;
    public const int ENXIO = 6;
    public const int EBADF = 9;
    public const int EAGAIN = 11;
    public const int ENOMEM = 12;
    public const int EBUSY = 16;
    public const int ENODEV = 19;
    public const int EINVAL = 22;
    public const int ENFILE = 23;
    public const int EMFILE = 24;
    public const int ETXTBSY = 26;
    public const int EFBIG = 27;
    public const int EMLINK = 31;
    public const int ENOTEMPTY = 39;
    public const int EOVERFLOW = 75;
    public const int EILSEQ = 84;
    public const int EOPNOTSUPP = 95;
    public const int ESTALE = 116;

    public const int O_RDONLY = 0;
    public const int O_WRONLY = 1;
    public const int O_APPEND = 0x400;
    public const int O_CREAT = 0x40;
    public const int O_EXCL = 0x80;
    public const int O_NONBLOCK = 0x800;
    public const int O_CLOEXEC = 0x80000;
    public const int AT_SYMLINK_NOFOLLOW = 0x100;
    public const int AT_REMOVEDIR = 0x200;
    public const int AT_EMPTY_PATH = 0x1000;
    public const uint STATX_BASIC_STATS = 0x7ff;
    public const int O_RDWR = 2;
    public const int LOCK_EX = 2;
    public const int LOCK_NB = 4;
    public const int EWOULDBLOCK = 11;
    public const uint SYNC_FILE_RANGE_WRITE = 2;

    public const uint S_IFMT = 0xF000;
    public const uint S_IFREG = 0x8000;
    public const uint S_IFDIR = 0x4000;
    public const uint S_IFLNK = 0xA000;

    private static readonly bool s_arm = RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm;

    public static int O_DIRECTORY => s_arm ? 0x4000 : 0x10000;

    public static int O_NOFOLLOW => s_arm ? 0x8000 : 0x20000;

    /// <summary>Tells whether these calls can be used here (Linux on x64 or arm).</summary>
    public static bool Available { get; } = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags, uint mode);

    [LibraryImport("libc", EntryPoint = "openat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int OpenAt(int dirFd, string path, int flags, uint mode);

    [LibraryImport("libc", EntryPoint = "mkdirat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MkdirAt(int dirFd, string path, uint mode);

    [LibraryImport("libc", EntryPoint = "renameat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int RenameAt(int fromDirFd, string from, int toDirFd, string to);

    [LibraryImport("libc", EntryPoint = "linkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int LinkAt(int fromDirFd, string from, int toDirFd, string to, int flags);

    [LibraryImport("libc", EntryPoint = "unlinkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int UnlinkAt(int dirFd, string path, int flags);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static unsafe partial int StatX(int dirFd, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", EntryPoint = "fchmod", SetLastError = true)]
    public static partial int FChmod(int fd, uint mode);

    [LibraryImport("libc", EntryPoint = "fchown", SetLastError = true)]
    public static partial int FChown(int fd, uint owner, uint group);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    public static partial int Flock(int fd, int operation);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    public static partial int FSync(int fd);

    [LibraryImport("libc", EntryPoint = "sync_file_range", SetLastError = true)]
    public static partial int SyncFileRange(int fd, long offset, long count, uint flags);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "dup", SetLastError = true)]
    public static partial int Dup(int fd);

    [LibraryImport("libc", EntryPoint = "fdopendir", SetLastError = true)]
    public static partial nint FdOpenDir(int fd);

    [LibraryImport("libc", EntryPoint = "readdir", SetLastError = true)]
    public static partial nint ReadDir(nint dir);

    [LibraryImport("libc", EntryPoint = "closedir", SetLastError = true)]
    public static partial int CloseDir(nint dir);

    public const int SIGKILL = 9;

    /// <summary>Sends a signal to a process, or to every process of a group when <paramref name="pid"/> is negative.</summary>
    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    /// <summary>Returns the errno of the last failed call.</summary>
    public static int Errno => Marshal.GetLastPInvokeError();

    /// <summary>Reads the type, mode, owner and size of an entry without following a final link.</summary>
    public static unsafe bool TryStat(int dirFd, string name, out FileFacts facts)
    {
        var buffer = stackalloc byte[256];
        // An empty name describes dirFd itself (AT_EMPTY_PATH).
        if (StatX(dirFd, name, name.Length == 0 ? AT_EMPTY_PATH : AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, buffer) != 0)
        {
            facts = default;
            return false;
        }

        facts = new FileFacts(*(ushort*)(buffer + 28), *(uint*)(buffer + 20), *(uint*)(buffer + 24), *(long*)(buffer + 40))
        {
            Links = *(uint*)(buffer + 16),
            Inode = *(ulong*)(buffer + 32),
            Device = ((ulong)*(uint*)(buffer + 136) << 32) | *(uint*)(buffer + 140),
        };
        return true;
    }

    /// <summary>Lists the names in an open folder (without "." and ".."), in the order the file system gives them; the
    /// handle stays open (the listing reads a duplicate of it).</summary>
    public static unsafe List<string> ListNames(int dirFd)
    {
        var copy = Dup(dirFd);
        if (copy < 0)
        {
            throw new IOException(Describe(Errno));
        }

        var dir = FdOpenDir(copy);
        if (dir == 0)
        {
            var errno = Errno;
            _ = Close(copy);
            throw new IOException(Describe(errno));
        }

        try
        {
            var names = new List<string>();
            nint entry;
            while ((entry = ReadDir(dir)) != 0)
            {
                // struct dirent64 on Linux (glibc and musl, 64-bit): d_ino 8, d_off 8, d_reclen 2, d_type 1, then d_name.
                var name = Marshal.PtrToStringUTF8(entry + 19);
                if (name is not null and not "." and not "..")
                {
                    names.Add(name);
                }
            }

            return names;
        }
        finally
        {
            _ = CloseDir(dir);
        }
    }

    /// <summary>Describes an errno in plain words (no resource keys, no paths); an errno without words of its own is
    /// named with its symbol and the system's text ("EIO: input/output error"), never as a bare number.</summary>
    public static string Describe(int errno) => errno switch
    {
        ENOENT => "it does not exist",
        EACCES or EPERM => "permission denied",
        ENOSPC or EDQUOT => "no space left on the device",
        EROFS => "the file system is read-only",
        ELOOP => "a symbolic link is in the way (ModuleGen does not follow links)",
        ENOTDIR => "a part of the path is not a folder (or is a symbolic link)",
        EISDIR => "it is a folder",
        EEXIST => "it already exists",
        EXDEV => "it is on another file system",
        ENAMETOOLONG => "the name is too long",
        EMFILE or ENFILE => $"{Name(errno)}: too many open files",
        _ => $"{Name(errno)}: {Text(errno)}",
    };

    /// <summary>Returns the symbol of an errno (EIO, ENOSPC …), or "errno N" for one this table does not know.</summary>
    public static string Name(int errno) => errno switch
    {
        EPERM => "EPERM",
        ENOENT => "ENOENT",
        EINTR => "EINTR",
        EIO => "EIO",
        ENXIO => "ENXIO",
        EBADF => "EBADF",
        EAGAIN => "EAGAIN",
        ENOMEM => "ENOMEM",
        EACCES => "EACCES",
        EBUSY => "EBUSY",
        EEXIST => "EEXIST",
        EXDEV => "EXDEV",
        ENODEV => "ENODEV",
        ENOTDIR => "ENOTDIR",
        EISDIR => "EISDIR",
        EINVAL => "EINVAL",
        ENFILE => "ENFILE",
        EMFILE => "EMFILE",
        ETXTBSY => "ETXTBSY",
        EFBIG => "EFBIG",
        ENOSPC => "ENOSPC",
        EROFS => "EROFS",
        EMLINK => "EMLINK",
        ENAMETOOLONG => "ENAMETOOLONG",
        ENOTEMPTY => "ENOTEMPTY",
        ELOOP => "ELOOP",
        EOVERFLOW => "EOVERFLOW",
        EILSEQ => "EILSEQ",
        EOPNOTSUPP => "EOPNOTSUPP",
        ESTALE => "ESTALE",
        EDQUOT => "EDQUOT",
        _ => $"errno {errno}",
    };

    // The C library's own words for the error (strerror), first letter lowered to run on inside a sentence.
    private static string Text(int errno)
    {
        var text = Marshal.GetPInvokeErrorMessage(errno);
        return string.IsNullOrWhiteSpace(text) ? "the system refused" : char.ToLowerInvariant(text[0]) + text[1..];
    }

    /// <summary>Is what statx says about one entry.</summary>
    public readonly record struct FileFacts(ushort Mode, uint Owner, uint Group, long Size)
    {
        /// <summary>Gets how many names (hard links) the entry has.</summary>
        public uint Links { get; init; }

        /// <summary>Gets the entry's inode number: with <see cref="Device"/>, what it is rather than where it is.</summary>
        public ulong Inode { get; init; }

        /// <summary>Gets the device the entry is on.</summary>
        public ulong Device { get; init; }

        public uint Type => Mode & S_IFMT;

        public uint Permissions => Mode & 0xFFFu;
    }
}
