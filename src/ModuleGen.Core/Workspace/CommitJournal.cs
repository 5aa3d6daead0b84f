using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ModuleGen.Core.Workspace;

/// <summary>Is the intent record of one <see cref="FileTransaction"/>: which files it changes (with the hash of each
/// new content), where their backups go, and which folders it creates. Written beside its name, flushed, and renamed
/// into place (so it is whole or absent) before the first rename; removed as the commit point; while it exists, the
/// commit is undone — by the transaction itself on a failure, or by the next ModuleGen process
/// (<see cref="RecoverAll"/>) after a crash.</summary>
/// <remarks>Undo renames backups back (no free space needed), removes files the commit created only when they still
/// hold exactly what it wrote, and removes the folders it created when empty. Anything it cannot put back stays with
/// its backup in the staging folder, which is then never deleted automatically.</remarks>
internal sealed class CommitJournal(string staging)
{
    /// <summary>The largest file a transaction reads back (to compare or to copy).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    // Version 2 keeps the staged files and backups beside the journal (one folder per commit: each folder is an inode the
    // file system allocates and frees per commit). A version-1 journal (new/ and backup/ folders) is not this format, so
    // it is kept for a person to look at rather than undone with the wrong paths.
    private const string Header = "modulegen-commit-journal 2";

    private List<Entry> _entries = [];
    private List<string> _folders = [];

    public string Staging { get; } = staging;

    private string JournalPath => $"{Staging}/journal";

    private string TempPath => $"{JournalPath}.tmp";

    public string NewOf(int index) => $"{Staging}/{index.ToString(CultureInfo.InvariantCulture)}.new";

    public string BackupOf(int index) => $"{Staging}/{index.ToString(CultureInfo.InvariantCulture)}.backup";

    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Writes the journal's text to a temp file flushed by <paramref name="flushes"/>; <see cref="Publish"/>, after
    /// the flush, puts it in place.</summary>
    public void Write(RootedFiles files, List<Entry> entries, List<string> folders, FlushBatch flushes)
    {
        _entries = entries;
        _folders = folders;
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
    public void Publish(RootedFiles files) => files.Rename(TempPath, JournalPath, created: null);

    /// <summary>Marks the commit done (the journal goes first: that is the commit point) and removes the staging folder.</summary>
    public void Complete(RootedFiles files)
    {
        files.Delete(JournalPath);
        DeleteTree(files);
    }

    /// <summary>Removes the staging folder; failures leave it for the next start (it holds no journal then).</summary>
    public void DeleteTree(RootedFiles files)
    {
        try
        {
            files.DeleteTree(Staging);
            files.DeleteEmptyFolder(StaleArtefacts.StagingFolder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Without a journal a leftover staging folder holds only copies; StaleArtefacts removes it later.
        }
    }

    /// <summary>Puts every file back as it was before the commit started; keeps the staging folder when something could
    /// not be put back.</summary>
    public UndoReport Undo(RootedFiles files)
    {
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
                failed.Add(new NotRestored(entry.Path, backup, WorkspaceIOException.Describe(ex)));
            }
        }

        foreach (var folder in _folders.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal))
        {
            files.DeleteEmptyFolder(folder);
        }

        if (failed.Count == 0)
        {
            try
            {
                files.Delete(JournalPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failed.Add(new NotRestored(JournalPath, null, WorkspaceIOException.Describe(ex)));
                return new UndoReport(restored, failed);
            }

            DeleteTree(files);
        }

        return new UndoReport(restored, failed);
    }

    private bool UndoOne(RootedFiles files, Entry entry)
    {
        var staged = entry.Delete || files.Stat(NewOf(entry.Index)).Kind != EntryKind.Missing;
        if (entry.Existed)
        {
            if (files.Stat(BackupOf(entry.Index)).Kind != EntryKind.File)
            {
                return false; // Its step had not started: the file was never touched.
            }

            var changed = entry.Delete ? files.Stat(entry.Path).Kind == EntryKind.Missing : !staged;
            files.Rename(BackupOf(entry.Index), entry.Path, created: []);
            return changed;
        }

        if (staged || files.Stat(entry.Path).Kind != EntryKind.File)
        {
            return false;
        }

        if (HashOf(files.ReadAll(entry.Path, MaxFileBytes)) != entry.Hash)
        {
            throw new WorkspaceIOException("it was created by the interrupted commit but has been edited since");
        }

        files.Delete(entry.Path);
        return true;
    }

    /// <summary>Undoes the commits of ModuleGen processes that are gone (their journal is still in the staging folder)
    /// and removes their leftover staging folders.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="isAlive">Tells whether a process id is running (tests pass their own).</param>
    public static RecoveryReport RecoverAll(ModuleGenWorkspace workspace, Func<int, bool>? isAlive = null)
    {
        isAlive ??= StaleArtefacts.IsRunning;
        var files = workspace.Writer.Files;
        var repaired = new List<string>();
        var kept = new List<string>();
        string[] names;
        try
        {
            names = files.ListNames(StaleArtefacts.StagingFolder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new RecoveryReport([], []);
        }

        foreach (var name in names)
        {
            if (StaleArtefacts.OwnerOf(name) is { } owner && isAlive(owner))
            {
                continue;
            }

            var journal = new CommitJournal($"{StaleArtefacts.StagingFolder}/{name}");
            try
            {
                if (files.Stat(journal.JournalPath).Kind == EntryKind.Missing)
                {
                    journal.DeleteTree(files);
                    repaired.Add(journal.Staging);
                    continue;
                }

                journal.Read(files);
                var undone = journal.Undo(files);
                (undone.NotRestored.Count == 0 ? repaired : kept).Add(journal.Staging);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                kept.Add(journal.Staging);
            }
        }

        return new RecoveryReport(repaired, kept);
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
    }

    /// <summary>Is one file of the commit.</summary>
    public sealed record Entry(int Index, bool Existed, bool Delete, string Hash, string Path);

    /// <summary>Says how many files an undo put back and which it could not (with the backup that holds the old content).</summary>
    public sealed record UndoReport(int Restored, IReadOnlyList<NotRestored> NotRestored);

    /// <summary>Names a file an undo could not put back and where its previous content is.</summary>
    public sealed record NotRestored(string Path, string? Backup, string Reason);

    /// <summary>Lists the interrupted commits that were undone and the staging folders kept because they still hold backups.</summary>
    public sealed record RecoveryReport(IReadOnlyList<string> Repaired, IReadOnlyList<string> Kept);
}
