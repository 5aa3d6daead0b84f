using System.Text;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Writes a change set all or nothing: every file is first staged (written and flushed) under
/// .modulegen/staging/&lt;pid&gt;-&lt;id&gt;/, then each is moved into place with one atomic rename; the previous content of every replaced file is kept as a backup until the last
/// file is in place. On any failure every file already touched is put back (or removed, if it was new), the folders
/// the commit created are removed, and the staging folder is deleted, so the workspace is as it was.</summary>
/// <remarks>Registry edits and deployments commit through the same transaction; <paramref name="subject"/> and
/// <paramref name="failedCode"/> name what failed in their errors.</remarks>
internal sealed class ScaffoldTransaction(ModuleGenWorkspace workspace, string subject = "the scaffold", string failedCode = ErrorCodes.ScaffoldCommitFailed)
{

    private static readonly UTF8Encoding s_utf8 = new(false);

    private readonly List<string> _createdFolders = [];

    public Result<Unit> Commit(IReadOnlyList<PendingWrite> writes, string id, Action<PendingWrite> written)
    {
        var staging = workspace.Guard.Resolve($"{StaleArtefacts.StagingFolder}/{StaleArtefacts.StagingName(id)}", "");
        if (!staging.IsOk)
        {
            return Result<Unit>.Fail(staging.Errors);
        }

        var root = staging.Value.FullPath;
        DeleteTree(root);
        for (var i = 0; i < writes.Count; i++)
        {
            if (!writes[i].Delete && Write(Path.Join(root, "new", $"{i}"), s_utf8.GetBytes(writes[i].Content)) is { IsOk: false } staged)
            {
                Cleanup(root);
                return Failed(staged.Errors[0].Message, 0);
            }
        }

        var touched = new List<(PendingWrite Write, byte[]? Backup, string BackupPath)>();
        for (var i = 0; i < writes.Count; i++)
        {
            var write = writes[i];
            var backupPath = Path.Join(root, "backup", $"{i}");
            byte[]? backup = null;
            try
            {
                backup = write.Existed ? File.ReadAllBytes(write.Path.FullPath) : null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Rollback(touched, root, $"Could not back up '{write.Path.RelativePath}': {ex.Message}");
            }

            if (backup is not null && Write(backupPath, backup) is { IsOk: false } kept)
            {
                return Rollback(touched, root, kept.Errors[0].Message);
            }

            var result = write.Delete ? Delete(write.Path.FullPath) : MoveIntoPlace(Path.Join(root, "new", $"{i}"), write.Path);
            if (!result.IsOk)
            {
                return Rollback(touched, root, result.Errors[0].Message);
            }

            touched.Add((write, backup, backupPath));
            written(write);
        }

        Cleanup(root);
        return Result<Unit>.Ok(Unit.Value);
    }

    private Result<Unit> Rollback(List<(PendingWrite Write, byte[]? Backup, string BackupPath)> touched, string root, string cause)
    {
        var failures = new List<ToolError>();
        foreach (var (write, backup, backupPath) in Enumerable.Reverse(touched))
        {
            var restored = backup is not null ? workspace.Writer.Write(write.Path, backup) : Delete(write.Path.FullPath);
            if (!restored.IsOk)
            {
                failures.Add(ToolError.Create(ErrorCodes.ScaffoldRollbackFailed, "", $"Writing failed ({cause}) and '{write.Path.RelativePath}' could not be put back: {restored.Errors[0].Message}",
                    backup is null ? $"Delete '{write.Path.RelativePath}' by hand." : $"Copy the backup '{Relative(backupPath)}' over '{write.Path.RelativePath}'.").WithFound(write.Path.RelativePath));
            }
        }

        if (failures.Count > 0)
        {
            return Result<Unit>.Fail(failures);
        }

        Cleanup(root);
        return Failed(cause, touched.Count);
    }

    private Result<Unit> Write(string fullPath, byte[] content)
    {
        TrackMissingFolders(fullPath);
        return workspace.Writer.Write(new WorkspacePath(fullPath, Relative(fullPath)), content);
    }

    private Result<Unit> MoveIntoPlace(string staged, WorkspacePath destination)
    {
        TrackMissingFolders(destination.FullPath);
        return workspace.Writer.MoveIntoPlace(staged, destination);
    }

    private void TrackMissingFolders(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        while (!Directory.Exists(folder) && workspace.Guard.IsInsideRoot(folder) && folder != workspace.Root)
        {
            _createdFolders.Add(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private static Result<Unit> Delete(string fullPath)
    {
        try
        {
            File.Delete(fullPath);
            return Result<Unit>.Ok(Unit.Value);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ToolError.Create(ErrorCodes.WriteFailed, "", ex.Message, "Check permissions.");
        }
    }

    private void Cleanup(string root)
    {
        DeleteTree(root);
        foreach (var folder in _createdFolders.Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length))
        {
            try
            {
                if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A folder that cannot be removed stays; it holds nothing of ours.
            }
        }
    }

    private static void DeleteTree(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Leftover staging is harmless: it is under .modulegen/, and the next start-up removes it (StaleArtefacts).
        }
    }

    private string Relative(string fullPath) => Path.GetRelativePath(workspace.Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    private Result<Unit> Failed(string cause, int restored) =>
        ToolError.Create(failedCode, "", $"Writing {subject} failed: {cause} {(restored == 0 ? "Nothing had been changed." : $"The {restored} file(s) already written were put back.")}",
            $"Fix the cause and write {subject} again; the workspace is as it was before.");
}
