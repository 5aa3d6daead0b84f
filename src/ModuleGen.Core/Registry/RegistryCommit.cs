using ModuleGen.Core.Common;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Registry;

/// <summary>Writes what a <see cref="RegistryEditor"/> planned: first a backup of every file it changes
/// (.modulegen/backups/&lt;file&gt;.&lt;first 16 hex of its SHA-256&gt;.bak — named by content, so the same bytes
/// always give the same name and no clock is involved), then all files in one transaction (staged, renamed into place,
/// rolled back on any failure).</summary>
internal sealed class RegistryCommit(ModuleGenWorkspace workspace)
{
    public const string BackupFolder = ".modulegen/backups";

    public Result<RegistryEditResult> Finish(RegistryEditor editor, bool dryRun, string summary, string? changeSetId = null, CancellationToken cancellationToken = default)
    {
        var modified = editor.Modified.ToArray();
        var files = modified.Select(m => new RegistryFileChange(
            m.File.Path.RelativePath,
            m.File.Text is null ? "create" : m.Text is null ? "delete" : "modify",
            m.File.Text is null ? null : BackupName(m.File.Path.RelativePath, m.File.Text),
            UnifiedDiff.Create(m.File.Path.RelativePath, m.File.Text, m.Text))).ToArray();
        var changes = editor.Changes.OrderBy(c => c.Module, StringComparer.Ordinal).ThenBy(c => c.File, StringComparer.Ordinal).ToArray();
        var keptBlocks = changes.Count(c => c.Action == RegistryChange.Kept);
        var result = new RegistryEditResult(dryRun, files.Length > 0, changes, files, editor.Warnings, Message(files, dryRun, keptBlocks > 0 && files.Length == 0 ? $"{keptBlocks} block(s) edited by hand were kept as they are (see warnings)." : summary));
        var writes = modified.Select(m => new PendingWrite(m.File.Path, m.Text ?? "", m.File.Text, Delete: m.Text is null)).ToArray();
        result = result with { ChangeSetId = ChangeSetId.Of(writes) };
        if (!dryRun && ChangeSetId.Mismatch(changeSetId, result.ChangeSetId, "/change_set_id") is { } stale)
        {
            return stale;
        }

        if (dryRun || files.Length == 0)
        {
            return Result<RegistryEditResult>.Ok(result);
        }

        // A cancelled call stops here, before the backups and the commit; once they start they complete and answer.
        cancellationToken.ThrowIfCancellationRequested();

        StateFolderIgnore.Ensure(workspace, BackupFolder);
        foreach (var (file, _) in modified.Where(m => m.File.Text is not null))
        {
            var kept = Backup(file);
            if (!kept.IsOk)
            {
                return Result<RegistryEditResult>.Fail(kept.Errors);
            }
        }

        var id = ContentHash.Of(string.Join("\n", writes.Select(w => $"{w.Path.RelativePath}\n{(w.Delete ? "-" : ContentHash.Of(w.Content))}")))[..16];
        return new FileTransaction(workspace, "the registry", ErrorCodes.RegistryCommitFailed).Commit(writes, id, _ => { }).Map(_ => result);
    }

    /// <summary>Returns the backup path of a registry file's content.</summary>
    public static string BackupName(string relativePath, string text) => $"{BackupFolder}/{relativePath}.{ContentHash.Of(text)[..16]}.bak";

    private Result<Unit> Backup(RegistryFile file)
    {
        var path = workspace.Guard.Resolve(BackupName(file.Path.RelativePath, file.Text!), "");
        if (!path.IsOk)
        {
            return Result<Unit>.Fail(path.Errors);
        }

        // Same name, same content: a backup already there is this one.
        return File.Exists(path.Value.FullPath) ? Result<Unit>.Ok(Unit.Value) : workspace.Writer.WriteText(path.Value, file.Text!);
    }

    private static string Message(IReadOnlyList<RegistryFileChange> files, bool dryRun, string summary)
    {
        if (files.Count == 0)
        {
            return $"Nothing to do: {summary}";
        }

        var list = string.Join(", ", files.Select(f => $"{f.Action} {f.File}"));
        return dryRun ? $"Dry run: would {list}. Nothing was written." : $"Done: {list}; previous versions are in {BackupFolder}/.";
    }
}
