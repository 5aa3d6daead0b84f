using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Templates;

/// <summary>Reads a pack's files — its template.yaml, its sources, what they include — as the untrusted input they are
/// (a pack arrives with a <c>git pull</c>): regular files only, opened without blocking (a FIFO or device is refused,
/// never waited on or read endlessly), at most a given number of bytes, and never through a link that leads out of
/// the folder the file must be in.</summary>
/// <remarks>The links are resolved first and the resolved path must stay in the folder; the file is then opened from
/// that folder's real path with the rooted, no-follow walk (<see cref="RootedFiles"/>), so a link swapped in between
/// fails the read instead of leading elsewhere.</remarks>
internal static class PackFileReader
{
    /// <summary>The largest template.yaml read.</summary>
    public const long MaxManifestBytes = 1024 * 1024;

    /// <summary>The largest pack file (template source or include) read.</summary>
    public const long MaxSourceBytes = 4 * 1024 * 1024;

    /// <summary>Reads <paramref name="relative"/> below <paramref name="folder"/> as UTF-8 text (a BOM skipped).</summary>
    /// <exception cref="IOException">Thrown (as <see cref="WorkspaceIOException"/> with plain words) for a missing,
    /// special, oversized or unreadable file, or one whose links lead out of <paramref name="folder"/>.</exception>
    public static string ReadText(string folder, string relative, long maxBytes)
    {
        var realFolder = FileSystemLinks.RealPath(folder) ?? throw new WorkspaceIOException("its folder does not exist");
        var real = FileSystemLinks.RealPathBelow(realFolder, relative.Replace('\\', '/'));
        if (real is null || !real.StartsWith(realFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new WorkspaceIOException(real is null ? "it does not exist" : "a symbolic link leads it out of its folder");
        }

        using var files = RootedFiles.Create(realFolder);
        return RegularFile.Decode(files.ReadAll(real[(realFolder.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/'), maxBytes));
    }
}
