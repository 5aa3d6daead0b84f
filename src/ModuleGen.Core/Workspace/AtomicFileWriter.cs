using System.Text;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Workspace;

/// <summary>Writes one file so that readers see the old content or the new, never a mix: temp file, flush, rename,
/// all anchored to the workspace root through <see cref="RootedFiles"/> (no link is followed at any step).</summary>
/// <remarks>
/// The temp file sits in the destination's folder (a rename across file systems is not atomic) and carries the
/// <see cref="TempSuffix"/> so a crashed write can be recognised and cleaned up. A replaced file keeps its permission
/// bits (and its owner, where the process may set it). Refused: a symbolic link, folder, FIFO, socket or device at the
/// destination, and a file without write permission for its owner (a read-only file is not silently replaced).
/// </remarks>
public sealed class AtomicFileWriter
{
    public const string TempSuffix = ".mgtmp";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates a writer for files below <paramref name="root"/> (absolute, free of links).</summary>
    public AtomicFileWriter(string root, IWriteInterceptor? interceptor = null)
    {
        Files = RootedFiles.Create(Path.TrimEndingDirectorySeparator(root));
        Interceptor = interceptor ?? IWriteInterceptor.None;
    }

    /// <summary>Gets the anchored file operations every write goes through.</summary>
    internal RootedFiles Files { get; }

    /// <summary>Gets the fault-injection seam (tests) observed before every rename into place.</summary>
    internal IWriteInterceptor Interceptor { get; }

    /// <summary>Writes UTF-8 text (no BOM) to a contained path.</summary>
    public Result<Unit> WriteText(WorkspacePath destination, string content, string pointer = "") =>
        Write(destination, s_utf8.GetBytes(content), pointer);

    /// <summary>Writes bytes to a contained path, creating missing folders.</summary>
    public Result<Unit> Write(WorkspacePath destination, ReadOnlySpan<byte> content, string pointer = "")
    {
        var relative = destination.RelativePath;
        if (ReservedFolders.Refusal(relative, pointer) is { } reserved)
        {
            return reserved;
        }

        string? temp = null;
        try
        {
            var facts = Files.Stat(relative);
            if (Refusal(facts, destination, pointer) is { } refused)
            {
                return refused;
            }

            var (folder, name) = (Path.GetDirectoryName(relative)?.Replace('\\', '/') ?? "", Path.GetFileName(relative));
            temp = folder.Length == 0 ? TempName(name) : $"{folder}/{TempName(name)}";
            var existing = facts.Kind == EntryKind.File ? facts : (EntryFacts?)null;
            Files.CreateFile(temp, content, existing?.Permissions, existing, created: []);
            Interceptor.BeforeCommit(destination);
            Files.Rename(temp, relative, created: null);
            return Result<Unit>.Ok(Unit.Value);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (temp is not null)
            {
                TryDelete(temp);
            }

            return Failed(destination, pointer, ex);
        }
    }

    /// <summary>Explains why an existing entry must not be replaced by a write, or returns null when it may be.</summary>
    internal static ToolError? Refusal(EntryFacts facts, WorkspacePath destination, string pointer) => facts switch
    {
        { Kind: EntryKind.Link } => ToolError.Create(ErrorCodes.PathDestinationIsSymlink, pointer,
            $"'{destination.RelativePath}' is a symbolic link; ModuleGen does not write through links.",
            "Remove the link or choose another destination.").WithFound(destination.RelativePath),
        { Kind: EntryKind.Folder } => ToolError.Create(ErrorCodes.WriteFailed, pointer,
            $"'{destination.RelativePath}' is a folder, not a file.", "Choose a file path.").WithFound(destination.RelativePath),
        { Kind: EntryKind.Special } => ToolError.Create(ErrorCodes.NotRegularFile, pointer,
            $"'{destination.RelativePath}' is a FIFO, socket or device, not a regular file; ModuleGen does not replace it.",
            "Remove it or choose another destination.").WithFound(destination.RelativePath),
        { OwnerWritable: false } => ToolError.Create(ErrorCodes.ReadOnlyFile, pointer,
            $"'{destination.RelativePath}' is read-only; ModuleGen does not replace read-only files.",
            "Make it writable (chmod u+w) if it should change, or choose another destination.").WithFound(destination.RelativePath),
        _ => null,
    };

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
            $"Could not write '{destination.RelativePath}': {WorkspaceIOException.Describe(ex)}.",
            "Check that the folder is writable and the disk has room, then retry.").WithFound(destination.RelativePath);

    private void TryDelete(string relative)
    {
        try
        {
            Files.Delete(relative);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The leftover carries TempSuffix and this process's id; the next start-up removes it (StaleArtefacts).
        }
    }
}
