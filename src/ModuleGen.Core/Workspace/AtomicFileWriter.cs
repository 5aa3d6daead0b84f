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
        var temp = Path.Join(folder, TempName(Path.GetFileName(destination.FullPath)));
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

    /// <summary>Moves a complete, flushed file (written earlier by this writer, e.g. into a staging folder) onto a
    /// contained destination with one rename, so a multi-file commit need not write every file twice.</summary>
    /// <remarks>Same checks and interceptor as <see cref="Write"/>. When the rename is impossible (another file system),
    /// the content is written through <see cref="Write"/> instead.</remarks>
    public Result<Unit> MoveIntoPlace(string stagedFullPath, WorkspacePath destination, string pointer = "")
    {
        if (FileSystemLinks.LinkText(destination.FullPath) is not null || Directory.Exists(destination.FullPath))
        {
            return Write(destination, [], pointer);
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(destination.FullPath)!);
            _interceptor.BeforeCommit(destination);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(destination, pointer, ex);
        }

        try
        {
            File.Move(stagedFullPath, destination.FullPath, overwrite: true);
            return Result<Unit>.Ok(Unit.Value);
        }
        catch (IOException) when (File.Exists(stagedFullPath))
        {
            // Most likely another file system (no atomic rename across devices): write the bytes instead.
            return Write(destination, File.ReadAllBytes(stagedFullPath), pointer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(destination, pointer, ex);
        }
    }

    /// <summary>Names a temp file for <paramref name="fileName"/>: hidden, owned by this process (its id is in the name,
    /// so <see cref="StaleArtefacts"/> can tell a crashed writer's leftover from a live one), unique, and short enough
    /// for any file system however long the destination's name is.</summary>
    public static string TempName(string fileName) =>
        $".{(fileName.Length > 160 ? fileName[..160] : fileName)}.{Environment.ProcessId}-{Guid.NewGuid():N}{TempSuffix}";

    /// <summary>Tells whether a file name is one of this writer's temp files and, when the name records it, which
    /// process wrote it (null for temp files of earlier versions, which did not record it).</summary>
    public static bool IsTempName(string fileName, out int? ownerProcessId)
    {
        ownerProcessId = null;
        if (!fileName.StartsWith('.') || !fileName.EndsWith(TempSuffix, StringComparison.Ordinal))
        {
            return false;
        }

        var stem = fileName[..^TempSuffix.Length];
        var token = stem[(stem.LastIndexOf('.') + 1)..];
        var dash = token.IndexOf('-');
        var guid = dash < 0 ? token : token[(dash + 1)..];
        if (guid.Length != 32 || !guid.All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        if (dash >= 0)
        {
            if (!int.TryParse(token[..dash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid))
            {
                return false;
            }

            ownerProcessId = pid;
        }

        return true;
    }

    private static ToolError Failed(WorkspacePath destination, string pointer, Exception ex) =>
        ToolError.Create(ErrorCodes.WriteFailed, pointer,
            $"Could not write '{destination.RelativePath}': {ex.Message}",
            "Check that the folder is writable and the disk has room, then retry.").WithFound(destination.RelativePath);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The leftover carries TempSuffix and this process's id; the next start-up removes it (StaleArtefacts).
        }
    }
}
