using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace ModuleGen.Core.Workspace;

/// <summary>Is the intent record of one <see cref="FileTransaction"/>: which files it changes (with the hash of each
/// new content), where their backups go, and which folders it creates. Written beside its name, flushed, and renamed
/// into place (so it is whole or absent) before the first rename; removed as the commit point; while it exists, the
/// commit is undone — by the transaction itself on a failure, or by the next ModuleGen process
/// (<see cref="RecoverAll"/>) after a crash.</summary>
/// <remarks>
/// <para>Whether a journal's commit is still running is decided the way a database decides whether its journal is hot:
/// by a lock, never by a process id (ids are reused — in a container the next start is often the same id). The
/// committing process holds an OS lock on <c>&lt;staging&gt;.lock</c> from before the staging folder exists until it
/// is gone; the kernel releases it when the process dies, however it dies. A staging folder whose lock can be taken
/// belongs to nobody alive.</para>
/// <para>Undo never rolls back over newer work: a file is put back only while it still holds exactly what the
/// interrupted commit wrote (its hash is in the journal). A file changed since keeps its current content, its backup
/// stays in the staging folder, and both are reported (<see cref="NotRestored"/>); until that is settled by hand
/// (<see cref="RecoveryReport.Unresolved"/>), commits refuse to write the file.</para>
/// </remarks>
internal sealed class CommitJournal
{
    /// <summary>The largest file a transaction reads back (to compare or to copy).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    // Version 2 keeps the staged files and backups beside the journal (one folder per commit: each folder is an inode the
    // file system allocates and frees per commit). A version-1 journal (new/ and backup/ folders) is not this format, so
    // it is kept for a person to look at rather than undone with the wrong paths.
    private const string Header = "modulegen-commit-journal 2";

    private readonly List<Entry> _entries = [];
    private readonly List<string> _folders = [];
    private bool _published;

    private CommitJournal(string staging)
    {
        Staging = staging;
    }

    public string Staging { get; }

    /// <summary>Gets the lock its committing process holds for as long as the commit runs.</summary>
    public string LockPath => $"{Staging}.lock";

    private string JournalPath => $"{Staging}/journal";

    private string TempPath => $"{JournalPath}.tmp";

    public string NewOf(int index) => $"{Staging}/{index.ToString(CultureInfo.InvariantCulture)}.new";

    public string BackupOf(int index) => $"{Staging}/{index.ToString(CultureInfo.InvariantCulture)}.backup";

    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Starts a commit's journal under a staging name no other commit uses, holding its lock (returned; dispose
    /// it when the commit has completed or been undone).</summary>
    public static (CommitJournal Journal, SafeFileHandle Owner) Begin(RootedFiles files, string id)
    {
        for (var attempt = 0; ; attempt++)
        {
            var journal = new CommitJournal($"{StaleArtefacts.StagingFolder}/{StaleArtefacts.StagingName(id)}");

            // The lock comes first, then the folder: a staging folder without a taken lock is never a live commit's.
            if (files.Stat(journal.Staging).Kind == EntryKind.Missing && files.TryLock(journal.LockPath) is { } owner)
            {
                if (files.Stat(journal.Staging).Kind == EntryKind.Missing)
                {
                    return (journal, owner);
                }

                owner.Dispose();
            }

            if (attempt == 8)
            {
                throw new WorkspaceIOException("no free staging name for the commit");
            }
        }
    }

    /// <summary>Writes the journal's text to a temp file flushed by <paramref name="flushes"/>; <see cref="Publish"/>, after
    /// the flush, puts it in place.</summary>
    public void Write(RootedFiles files, List<Entry> entries, List<string> folders, FlushBatch flushes)
    {
        _entries.AddRange(entries);
        _folders.AddRange(folders);
        var text = new StringBuilder(Header).Append('\n');
        foreach (var folder in folders)
        {
            text.Append("folder\t").Append(folder).Append('\n');
        }

        foreach (var e in entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"file\t{e.Index}\t{(e.Existed ? 1 : 0)}\t{(e.Delete ? 1 : 0)}\t{e.Hash}\t{e.Path}\n");
        }

        files.Delete(TempPath);
        files.CreateFile(TempPath, Encoding.UTF8.GetBytes(text.ToString()), null, null, created: [], flushes);
    }

    /// <summary>Renames the written and flushed journal into place: from here on a crash is undone from it.</summary>
    public void Publish(RootedFiles files)
    {
        files.Rename(TempPath, JournalPath, created: null);
        _published = true;
    }

    /// <summary>Marks the commit done (the journal goes first: that is the commit point) and removes the staging folder
    /// and its lock file.</summary>
    public void Complete(RootedFiles files)
    {
        files.Delete(JournalPath);
        _published = false;
        Discard(files);
    }

    /// <summary>Removes the staging folder and then its lock file (the lock's holder calls this); failures leave them for
    /// the next start (without a journal a staging folder holds only copies).</summary>
    /// <returns>Whether both are gone.</returns>
    public bool Discard(RootedFiles files)
    {
        try
        {
            files.DeleteTree(Staging);
            if (files.Stat(Staging).Kind != EntryKind.Missing)
            {
                return false;
            }

            files.Delete(LockPath);
            files.DeleteEmptyFolder(StaleArtefacts.StagingFolder);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Puts every file the commit changed back as it was before, unless it has changed since; keeps the staging
    /// folder when something was not put back. Before the journal was published nothing in the workspace had changed.</summary>
    public UndoReport Undo(RootedFiles files)
    {
        if (!_published)
        {
            Discard(files);
            return new UndoReport(0, []);
        }

        var restored = 0;
        var failed = new List<NotRestored>();
        foreach (var entry in Enumerable.Reverse(_entries))
        {
            try
            {
                restored += UndoOne(files, entry) ? 1 : 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var backup = entry.Existed && files.Stat(BackupOf(entry.Index)).Kind == EntryKind.File ? BackupOf(entry.Index) : null;
                failed.Add(new NotRestored(entry.Path, backup, WorkspaceIOException.Describe(ex), Staging));
            }
        }

        foreach (var folder in _folders.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal))
        {
            files.DeleteEmptyFolder(folder);
        }

        if (failed.Count == 0)
        {
            // Every file is back. A journal that cannot be removed is harmless: undoing it again changes nothing.
            try
            {
                files.Delete(JournalPath);
                _published = false;
                Discard(files);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }

        return new UndoReport(restored, failed);
    }

    /// <summary>Undoes one file; returns whether it changed a file back.</summary>
    /// <exception cref="WorkspaceIOException">Thrown when the file holds newer work than the commit's (kept, with its
    /// backup beside it) or cannot be put back.</exception>
    private bool UndoOne(RootedFiles files, Entry entry)
    {
        var current = files.Stat(entry.Path);
        var renamed = entry.Delete || files.Stat(NewOf(entry.Index)).Kind == EntryKind.Missing;
        if (!entry.Existed)
        {
            if (!renamed || current.Kind == EntryKind.Missing)
            {
                return false; // The commit never created it (or it is gone already).
            }

            if (current.Kind != EntryKind.File || HashOf(files.ReadAll(entry.Path, MaxFileBytes)) != entry.Hash)
            {
                throw new WorkspaceIOException("the interrupted commit created it, and it has been changed since; the current file was kept");
            }

            files.Delete(entry.Path);
            return true;
        }

        var backup = files.Stat(BackupOf(entry.Index));
        if (backup.Kind != EntryKind.File)
        {
            return false; // Its step had not started (or the backup was settled by hand): the file was not touched.
        }

        if (!renamed || current.IsSameFileAs(backup))
        {
            files.Delete(BackupOf(entry.Index)); // The name still holds the old file itself.
            return false;
        }

        if (current.Kind == EntryKind.Missing ? entry.Delete : current.Kind == EntryKind.File && !entry.Delete && HashOf(files.ReadAll(entry.Path, MaxFileBytes)) == entry.Hash)
        {
            files.Rename(BackupOf(entry.Index), entry.Path, created: []);
            return true;
        }

        if (current.Kind == EntryKind.File && files.ReadAll(entry.Path, MaxFileBytes).AsSpan().SequenceEqual(files.ReadAll(BackupOf(entry.Index), MaxFileBytes)))
        {
            files.Delete(BackupOf(entry.Index)); // Someone already put the old content back.
            return false;
        }

        throw new WorkspaceIOException(entry.Delete
            ? "the interrupted commit removed it, and a newer file has been put there since; the current file was kept"
            : "it has been changed since the interrupted commit wrote it; the current file was kept");
    }

    /// <summary>Undoes the commits of ModuleGen processes that are gone (their journal is still in the staging folder,
    /// and nobody holds its lock) and removes their leftover staging folders and lock files.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="isAlive">Tells whether a process id is running, for staging folders of earlier versions, which have
    /// no lock file (tests pass their own).</param>
    public static RecoveryReport RecoverAll(ModuleGenWorkspace workspace, Func<int, bool>? isAlive = null)
    {
        isAlive ??= StaleArtefacts.IsRunning;
        var files = workspace.Writer.Files;
        string[] names;
        try
        {
            names = files.ListNames(StaleArtefacts.StagingFolder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new RecoveryReport([], [], []) { Unreadable = WorkspaceIOException.Describe(ex) };
        }

        var report = new RecoveryReport(new List<string>(), new List<string>(), new List<NotRestored>());
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names.Where(n => !n.EndsWith(".lock", StringComparison.Ordinal)))
        {
            folders.Add(name);
            Recover(files, new CommitJournal($"{StaleArtefacts.StagingFolder}/{name}"), isAlive, report);
        }

        // Lock files without a folder: a commit that died before its folder existed, or a recovery that died after
        // removing it. Removed while held, so nobody is waiting for them.
        foreach (var name in names.Where(n => n.EndsWith(".lock", StringComparison.Ordinal) && !folders.Contains(n[..^5])))
        {
            var journal = new CommitJournal($"{StaleArtefacts.StagingFolder}/{name[..^5]}");
            try
            {
                using var held = files.TryLock(journal.LockPath);
                if (held is not null && files.Stat(journal.Staging).Kind == EntryKind.Missing)
                {
                    files.Delete(journal.LockPath);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A lock file that cannot be taken is left; it holds no data.
            }
        }

        return report;
    }

    private static void Recover(RootedFiles files, CommitJournal journal, Func<int, bool> isAlive, RecoveryReport report)
    {
        try
        {
            var earlierVersion = files.Stat(journal.LockPath).Kind == EntryKind.Missing;
            using var owner = files.TryLock(journal.LockPath);
            if (owner is null)
            {
                return; // Its commit is running.
            }

            // No lock file: a staging folder of an earlier version, judged by the process id in its name (never this
            // process's: every commit of this version takes its lock before its folder exists).
            if (earlierVersion && StaleArtefacts.OwnerOf(Path.GetFileName(journal.Staging)) is { } pid && pid != Environment.ProcessId && isAlive(pid))
            {
                files.Delete(journal.LockPath);
                return;
            }

            if (files.Stat(journal.JournalPath).Kind == EntryKind.Missing)
            {
                (journal.Discard(files) ? report.Repaired : report.Kept).Add(journal.Staging);
                return;
            }

            journal.Read(files);
            var undone = journal.Undo(files);
            (undone.NotRestored.Count == 0 ? report.Repaired : report.Kept).Add(journal.Staging);
            report.Unresolved.AddRange(undone.NotRestored);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            report.Kept.Add(journal.Staging);
        }
    }

    private void Read(RootedFiles files)
    {
        var lines = Encoding.UTF8.GetString(files.ReadAll(JournalPath, MaxFileBytes)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || lines[0] != Header)
        {
            throw new FormatException("not a commit journal");
        }

        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split('\t');
            if (parts is ["folder", var folder])
            {
                _folders.Add(folder);
            }
            else if (parts is ["file", var index, var existed, var delete, var hash, var path])
            {
                _entries.Add(new Entry(int.Parse(index, CultureInfo.InvariantCulture), existed == "1", delete == "1", hash, path));
            }
            else
            {
                throw new FormatException("unreadable journal line");
            }
        }

        _published = true;
    }

    /// <summary>Is one file of the commit.</summary>
    public sealed record Entry(int Index, bool Existed, bool Delete, string Hash, string Path);

    /// <summary>Says how many files an undo put back and which it could not (with the backup that holds the old content).</summary>
    public sealed record UndoReport(int Restored, IReadOnlyList<NotRestored> NotRestored);

    /// <summary>Names a file an undo could not put back, where its previous content is (null: it did not exist before
    /// the commit), why, and the staging folder that keeps it.</summary>
    public sealed record NotRestored(string Path, string? Backup, string Reason, string Staging);

    /// <summary>Lists the interrupted commits that were undone, the staging folders kept because they still hold
    /// backups, and every file such a folder still holds a claim on.</summary>
    public sealed record RecoveryReport(List<string> Repaired, List<string> Kept, List<NotRestored> Unresolved)
    {
        /// <summary>Gets why the staging folder could not be looked at (null when it was): nothing may be committed
        /// then, since an interrupted commit there might not have been undone.</summary>
        public string? Unreadable { get; init; }
    }
}
