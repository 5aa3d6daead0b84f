using System.Text;
using Microsoft.Win32.SafeHandles;
using ModuleGen.Core.Workspace.Native;

namespace ModuleGen.Core.Workspace;

/// <summary>Reads workspace files that must be regular files, with a byte cap: a FIFO, socket or device (also behind a
/// link) is refused without blocking, and a file larger than the cap is refused instead of read into memory.</summary>
/// <remarks>On Linux the file is opened with O_NONBLOCK (opening a FIFO does not wait for a writer) and its type is
/// checked on the opened handle, so it cannot be swapped between check and read. Elsewhere the type is checked just
/// before opening. Paths come from <see cref="PathGuard"/>, which keeps links inside the workspace.</remarks>
public static class RegularFile
{
    /// <summary>The default cap for documents, registries and configuration files.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    private static readonly UTF8Encoding s_utf8 = new(false);

    /// <summary>Reads the bytes of a regular file.</summary>
    /// <exception cref="WorkspaceIOException">Thrown for a special file or one over the cap.</exception>
    /// <exception cref="IOException">Thrown when the file cannot be opened or read.</exception>
    public static byte[] ReadAllBytes(string fullPath, long maxBytes = DefaultMaxBytes)
    {
        using var handle = Open(fullPath);
        return ReadBounded(handle, maxBytes);
    }

    /// <summary>Reads a regular file as UTF-8 text (a BOM is skipped, as <see cref="File.ReadAllText(string)"/> does).</summary>
    public static string ReadAllText(string fullPath, long maxBytes = DefaultMaxBytes) => Decode(ReadAllBytes(fullPath, maxBytes));

    /// <summary>Decodes a file's bytes as <see cref="ReadAllText"/> does: UTF-8, a byte order mark dropped.</summary>
    public static string Decode(byte[] bytes) => DecodePart(bytes.AsSpan(TextStart(bytes)));

    /// <summary>Returns where a file's text starts in its bytes: after a UTF-8 byte order mark, if it has one.</summary>
    public static int TextStart(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;

    /// <summary>Decodes part of a file's UTF-8 text as <see cref="Decode"/> decodes all of it (invalid bytes become
    /// U+FFFD), for a reader that takes a large file a piece at a time.</summary>
    public static string DecodePart(ReadOnlySpan<byte> bytes) => s_utf8.GetString(bytes);

    /// <summary>Reads a regular file as lines (LF or CRLF).</summary>
    public static string[] ReadAllLines(string fullPath, long maxBytes = DefaultMaxBytes)
    {
        var text = ReadAllText(fullPath, maxBytes).ReplaceLineEndings("\n");
        return text.Length == 0 ? [] : (text.EndsWith('\n') ? text[..^1] : text).Split('\n');
    }

    /// <summary>Tells whether a path is a regular file (following links), without opening it.</summary>
    public static bool Exists(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.Exists && (info.Attributes & FileAttributes.Device) == 0 && !IsSpecialOnUnix(fullPath);
    }

    private static SafeFileHandle Open(string fullPath)
    {
        if (Posix.Available)
        {
            var fd = Posix.Open(fullPath, Posix.O_RDONLY | Posix.O_NONBLOCK | Posix.O_CLOEXEC, 0);
            if (fd < 0)
            {
                throw new WorkspaceIOException(Posix.Describe(Posix.Errno));
            }

            var handle = new SafeFileHandle(fd, ownsHandle: true);
            if (!Posix.TryStat(fd, "", out var facts) || facts.Type != Posix.S_IFREG)
            {
                handle.Dispose();
                throw NotRegular();
            }

            return handle;
        }

        if (!Exists(fullPath))
        {
            throw File.Exists(fullPath) ? NotRegular() : new FileNotFoundException();
        }

        return File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
    }

    /// <summary>Reads an open file to its end, refusing it once it passes <paramref name="maxBytes"/>.</summary>
    /// <remarks>The buffer is sized from the file's length, so a small file costs an array of its own size (not a 64 KB
    /// chunk and a growing stream: most reads are of small configuration files, and a CLI verb reads dozens); a file
    /// that changes length while it is read is still read to its end and still capped.</remarks>
    internal static byte[] ReadBounded(SafeFileHandle handle, long maxBytes)
    {
        var length = RandomAccess.GetLength(handle);
        if (length > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var bytes = new byte[length];
        var offset = 0;
        int read;
        while (offset < bytes.Length && (read = RandomAccess.Read(handle, bytes.AsSpan(offset), offset)) > 0)
        {
            offset += read;
        }

        if (offset < bytes.Length)
        {
            return bytes[..offset]; // it shrank
        }

        Span<byte> probe = stackalloc byte[1];
        if (RandomAccess.Read(handle, probe, offset) == 0)
        {
            return bytes;
        }

        // It grew while it was read: the rest in chunks, as long as the cap allows.
        using var buffer = new MemoryStream();
        buffer.Write(bytes);
        var chunk = new byte[64 * 1024];
        long at = offset;
        while ((read = RandomAccess.Read(handle, chunk, at)) > 0)
        {
            at += read;
            if (at > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static WorkspaceIOException TooLarge(long maxBytes) => new($"it is larger than {maxBytes} bytes");

    private static bool IsSpecialOnUnix(string fullPath) =>
        !OperatingSystem.IsWindows() && Posix.Available && Posix.TryStat(-100, fullPath, out var facts) && facts.Type != Posix.S_IFREG && facts.Type != Posix.S_IFLNK;

    private static WorkspaceIOException NotRegular() => new("it is not a regular file (a FIFO, socket or device)");
}
