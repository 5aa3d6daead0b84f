using System.Text;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Workspace;

/// <summary>Writes one file so that readers see the old content or the new, never a mix: temp file, flush, rename.</summary>
/// <remarks>
/// The temp file sits in the destination's folder (a rename across file systems is not atomic) and carries the
/// <see cref="TempSuffix"/> so a crashed write can be recognised and cleaned up. A symbolic link at the
/// destination is refused rather than written through.
/// </remarks>
public sealed class AtomicFileWriter
{
    public const string TempSuffix = ".mgtmp";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly IWriteInterceptor _interceptor;

    public AtomicFileWriter(IWriteInterceptor? interceptor = null)
    {
        _interceptor = interceptor ?? IWriteInterceptor.None;
    }

    /// <summary>Writes UTF-8 text (no BOM) to a contained path.</summary>
    public Result<Unit> WriteText(WorkspacePath destination, string content, string pointer = "") =>
        Write(destination, s_utf8.GetBytes(content), pointer);

    /// <summary>Writes bytes to a contained path, creating missing folders.</summary>
    public Result<Unit> Write(WorkspacePath destination, ReadOnlySpan<byte> content, string pointer = "")
    {
        if (FileSystemLinks.LinkText(destination.FullPath) is not null)
        {
            return ToolError.Create(ErrorCodes.PathDestinationIsSymlink, pointer,
                $"'{destination.RelativePath}' is a symbolic link; ModuleGen does not write through links.",
                "Remove the link or choose another destination.").WithFound(destination.RelativePath);
        }

        if (Directory.Exists(destination.FullPath))
        {
            return ToolError.Create(ErrorCodes.WriteFailed, pointer,
                $"'{destination.RelativePath}' is a folder, not a file.", "Choose a file path.").WithFound(destination.RelativePath);
        }

        var folder = Path.GetDirectoryName(destination.FullPath)!;
        var temp = Path.Join(folder, $".{Path.GetFileName(destination.FullPath)}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            _interceptor.BeforeCommit(destination);
            File.Move(temp, destination.FullPath, overwrite: true);
            return Result<Unit>.Ok(Unit.Value);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return ToolError.Create(ErrorCodes.WriteFailed, pointer,
                $"Could not write '{destination.RelativePath}': {ex.Message}",
                "Check that the folder is writable and the disk has room, then retry.").WithFound(destination.RelativePath);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The leftover carries TempSuffix; the next start-up removes it.
        }
    }
}
