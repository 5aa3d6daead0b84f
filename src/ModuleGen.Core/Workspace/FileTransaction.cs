using System.Text;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Workspace;

/// <summary>Writes a change set all or nothing, and so that a crash at any instant is repaired by the next ModuleGen
/// process: every new file is first staged (written with the replaced file's mode) under
/// <c>.modulegen/staging/&lt;pid&gt;-&lt;id&gt;-&lt;random&gt;/</c> as <c>N.new</c> (the commit holds the OS lock of
/// the folder's <c>.lock</c> file throughout, which is how recovery tells a running commit from a dead one), and a journal naming every file, its backup and
/// the folders the commit creates is written beside them; all of them are flushed to disk together
/// (<see cref="FlushBatch"/>) before the journal is renamed into place, which happens before the first rename in the
/// workspace; then each replaced file gets a hard-linked backup <c>N.backup</c> (no copy, no space needed) and the
/// staged file is renamed into place. Removing the journal is the commit point. On a failure the backups are renamed
/// back (again no space needed), created files and folders are removed; after a crash
/// <see cref="CommitJournal.RecoverAll"/> does the same from the journal, before the next commit plans anything.</summary>
/// <remarks>
/// Callers hold <see cref="KeyedLocks.WorkspaceFiles"/> (an OS lock shared with other processes) from planning to
/// the last rename. Before anything is written the commit checks that every file still holds the text the change was
/// computed from (<see cref="PendingWrite.OldText"/>) and that none is a link, special file or read-only; any of
/// these refuses the commit with nothing written. A backup is deleted only when the commit or the rollback completed;
/// when a rollback fails, the staging folder stays and the error names the backup of every file not put back, and later
/// commits refuse to write those files (<see cref="ErrorCodes.InterruptedCommit"/>) until a person has settled them.
/// </remarks>
internal sealed class FileTransaction(ModuleGenWorkspace workspace, string subject = "the scaffold", string failedCode = ErrorCodes.ScaffoldCommitFailed)
{
    private static readonly UTF8Encoding s_utf8 = new(false);

    // The commit's own view of the files (ForBatch): the staging folder and the destinations' folders are opened once.
    private RootedFiles? _batch;

    private RootedFiles Files => _batch ?? workspace.Writer.Files;

    private IWriteInterceptor Interceptor => workspace.Writer.Interceptor;

    public Result<Unit> Commit(IReadOnlyList<PendingWrite> writes, string id, Action<PendingWrite> written)
    {
        if (writes.Count == 0)
        {
            return Result<Unit>.Ok(Unit.Value);
        }

        // Interrupted commits are undone before anything new is planned on top of them; one that could not be undone
        // keeps its files from being written until a person has settled them.
        var recovery = CommitJournal.RecoverAll(workspace);
        if (Unsettled(writes, recovery) is { Count: > 0 } unsettled)
        {
            return Result<Unit>.Fail(unsettled);
        }

        using var batch = workspace.Writer.Files.ForBatch();
        _batch = batch;
        CommitJournal journal;
        Microsoft.Win32.SafeHandles.SafeFileHandle owner;
        try
        {
            (journal, owner) = CommitJournal.Begin(Files, id);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(WorkspaceIOException.Describe(ex), restored: 0);
        }

        using (owner)
        {
            return Run(writes, journal, written);
        }
    }

    private Result<Unit> Run(IReadOnlyList<PendingWrite> writes, CommitJournal journal, Action<PendingWrite> written)
    {
        try
        {
            var facts = new EntryFacts[writes.Count];
            if (Check(writes, facts) is { Count: > 0 } refused)
            {
                journal.Discard(Files);
                return Result<Unit>.Fail(refused);
            }

            List<CommitJournal.Entry> entries;
            using (var flushes = new FlushBatch())
            {
                entries = Stage(writes, facts, journal, flushes);
                journal.Write(Files, entries, MissingFolders(writes), flushes);
                flushes.FlushAll();
            }

            journal.Publish(Files);
            Interceptor.At(CommitPoint.JournalWritten, writes[0].Path);
            for (var i = 0; i < writes.Count; i++)
            {
                Apply(writes[i], entries[i], journal);
                written(writes[i]);
            }

            Interceptor.At(CommitPoint.BeforeCommitPoint, writes[^1].Path);
            journal.Complete(Files);
            return Result<Unit>.Ok(Unit.Value);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Rollback(journal, WorkspaceIOException.Describe(ex));
        }
    }

    /// <summary>Refuses a commit when the staging folder could not be looked at (an interrupted commit there may not
    /// have been undone), and every file an interrupted commit still holds a claim on.</summary>
    private List<ToolError> Unsettled(IReadOnlyList<PendingWrite> writes, CommitJournal.RecoveryReport recovery)
    {
        if (recovery.Unreadable is { } reason)
        {
            return [ToolError.Create(ErrorCodes.WriteFailed, "", $"Writing {subject} needs a look at {StaleArtefacts.StagingFolder}/ for interrupted commits first, and it could not be read ({reason}); nothing was written.",
                $"Make {StaleArtefacts.StagingFolder} a readable folder inside the workspace (not a link), then retry.").WithFound(StaleArtefacts.StagingFolder)];
        }

        var claimed = recovery.Unresolved.ToDictionary(u => u.Path, StringComparer.Ordinal);
        return writes.Where(w => claimed.ContainsKey(w.Path.RelativePath)).Select(w => claimed[w.Path.RelativePath]).Select(u =>
            ToolError.Create(ErrorCodes.InterruptedCommit, "", $"'{u.Path}' belongs to an interrupted commit that could not be undone ({u.Reason}). {WhereItIs(u)} ModuleGen writes nothing to it until this is settled; nothing was written.",
                SettleHint(u)).WithFound(u.Path)).ToList();
    }

    private static string WhereItIs(CommitJournal.NotRestored u) => u.Backup is null
        ? "It did not exist before that commit."
        : $"Its content from before that commit is kept in '{u.Backup}'.";

    private static string SettleHint(CommitJournal.NotRestored u) => u.Backup is null
        ? $"Keep it: delete the folder '{u.Staging}'. Or finish the undo: delete '{u.Path}'."
        : $"Keep the current file: delete '{u.Backup}'. Or go back to the content from before: rename '{u.Backup}' over '{u.Path}'.";

    /// <summary>Refuses, before anything is written, destinations that changed since planning or must not be replaced;
    /// fills <paramref name="facts"/> with what each destination is (the staged file takes its mode and owner).</summary>
    private List<ToolError> Check(IReadOnlyList<PendingWrite> writes, EntryFacts[] facts)
    {
        var errors = new List<ToolError>();
        for (var i = 0; i < writes.Count; i++)
        {
            var write = writes[i];
            if (ReservedFolders.Refusal(write.Path.RelativePath, "") is { } reserved)
            {
                errors.Add(reserved);
                continue;
            }

            facts[i] = Files.Stat(write.Path.RelativePath);
            if (AtomicFileWriter.Refusal(facts[i], write.Path, "") is { } refusal)
            {
                errors.Add(refusal);
                continue;
            }

            var current = facts[i].Kind == EntryKind.File ? TextOf(Files.ReadAll(write.Path.RelativePath, CommitJournal.MaxFileBytes)) : null;
            if (!string.Equals(current, write.OldText, StringComparison.Ordinal))
            {
                errors.Add(ToolError.Create(ErrorCodes.ChangeSetStale, "", $"'{write.Path.RelativePath}' changed since {subject} was planned; nothing was written.",
                    "Run the call again (with dry_run first if you want to review the new change set).").WithFound(write.Path.RelativePath));
            }
        }

        return errors;
    }

    // Under the workspace lock, what Check saw is what is there: the destinations are not stat'ed a second time.
    private List<CommitJournal.Entry> Stage(IReadOnlyList<PendingWrite> writes, EntryFacts[] facts, CommitJournal journal, FlushBatch flushes)
    {
        var entries = new List<CommitJournal.Entry>();
        for (var i = 0; i < writes.Count; i++)
        {
            var write = writes[i];
            var bytes = write.Delete ? [] : write.Bytes ?? s_utf8.GetBytes(write.Content);
            if (!write.Delete)
            {
                var existing = facts[i].Kind == EntryKind.File ? facts[i] : (EntryFacts?)null;
                Files.CreateFile(journal.NewOf(i), bytes, existing?.Permissions, existing, created: [], flushes);
                Interceptor.At(CommitPoint.Staged, write.Path);
            }

            entries.Add(new CommitJournal.Entry(i, write.Existed, write.Delete, CommitJournal.HashOf(bytes), write.Path.RelativePath));
        }

        return entries;
    }

    private void Apply(PendingWrite write, CommitJournal.Entry entry, CommitJournal journal)
    {
        var relative = write.Path.RelativePath;
        if (write.Existed && !Files.TryLink(relative, journal.BackupOf(entry.Index), created: []))
        {
            // No hard links here (another file system, or a platform without them): copy, keeping the mode.
            // The copy is renamed into the backup's name only when whole: an undo must never restore half a file.
            var facts = Files.Stat(relative);
            var partial = $"{journal.BackupOf(entry.Index)}.tmp";
            Files.CreateFile(partial, Files.ReadAll(relative, CommitJournal.MaxFileBytes), facts.Permissions, facts, created: []);
            Files.Rename(partial, journal.BackupOf(entry.Index), created: null);
        }

        Interceptor.At(CommitPoint.BackedUp, write.Path);
        if (write.Delete)
        {
            Files.Delete(relative);
        }
        else
        {
            Interceptor.BeforeCommit(write.Path);
            Files.Rename(journal.NewOf(entry.Index), relative, created: []);
        }

        Interceptor.At(CommitPoint.Renamed, write.Path);
    }

    private Result<Unit> Rollback(CommitJournal journal, string cause)
    {
        var undone = journal.Undo(Files);
        if (undone.NotRestored.Count > 0)
        {
            return Result<Unit>.Fail(undone.NotRestored.Select(f => ToolError.Create(ErrorCodes.ScaffoldRollbackFailed, "",
                $"Writing {subject} failed ({cause}) and '{f.Path}' could not be put back ({f.Reason}). {WhereItIs(f)} ModuleGen writes nothing to it until this is settled.",
                SettleHint(f)).WithFound(f.Path)).ToArray());
        }

        return Failed(cause, undone.Restored);
    }

    private Result<Unit> Failed(string cause, int restored) =>
        ToolError.Create(failedCode, "", $"Writing {subject} failed: {cause}. {(restored == 0 ? "Nothing had been changed." : $"The {restored} file(s) already written were put back.")}",
            $"Fix the cause and write {subject} again; the workspace is as it was before.");

    /// <summary>Lists the folders above the destinations that do not exist yet (deepest last), so an undo can remove them.</summary>
    private List<string> MissingFolders(IReadOnlyList<PendingWrite> writes)
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var write in writes)
        {
            var folder = Path.GetDirectoryName(write.Path.RelativePath)?.Replace('\\', '/') ?? "";
            while (folder.Length > 0 && !missing.Contains(folder) && Files.Stat(folder).Kind == EntryKind.Missing)
            {
                missing.Add(folder);
                folder = Path.GetDirectoryName(folder)?.Replace('\\', '/') ?? "";
            }
        }

        return [.. missing];
    }

    /// <summary>Decodes a file the way the planners read it (<see cref="PendingWrite.OldText"/>): strict UTF-8, or a
    /// marker for binary content.</summary>
    internal static string TextOf(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return "\0binary";
        }
    }
}
