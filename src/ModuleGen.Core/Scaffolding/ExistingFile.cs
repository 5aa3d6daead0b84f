using System.Text;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Reads what is at a destination before anything is written: nothing, a file's text, or a reason it cannot
/// be written (a folder, or a symbolic link that ModuleGen will not write through).</summary>
internal static class ExistingFile
{
    private static readonly UTF8Encoding s_strict = new(false, true);

    /// <summary>Returns the file's text, null when it does not exist, or an error.</summary>
    public static Result<string?> Read(WorkspacePath path, string pointer)
    {
        if (new FileInfo(path.FullPath).LinkTarget is not null)
        {
            return ToolError.Create(ErrorCodes.PathDestinationIsSymlink, pointer, $"'{path.RelativePath}' is a symbolic link; ModuleGen does not write through links.",
                "Remove the link or choose another target dir.").WithFound(path.RelativePath);
        }

        if (Directory.Exists(path.FullPath))
        {
            return ToolError.Create(ErrorCodes.WriteFailed, pointer, $"'{path.RelativePath}' is a folder, but the pack generates a file there.", "Move the folder away or choose another target dir.").WithFound(path.RelativePath);
        }

        if (!File.Exists(path.FullPath))
        {
            return Result<string?>.Ok(null);
        }

        try
        {
            return Result<string?>.Ok(s_strict.GetString(RegularFile.ReadAllBytes(path.FullPath)));
        }
        catch (DecoderFallbackException)
        {
            return Result<string?>.Ok("\0binary");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ToolError.Create(ErrorCodes.ReadFailed, pointer, $"Could not read '{path.RelativePath}': {WorkspaceIOException.Describe(ex)}", "Check the file's permissions.").WithFound(path.RelativePath);
        }
    }
}
