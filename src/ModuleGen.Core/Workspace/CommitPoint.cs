namespace ModuleGen.Core.Workspace;

/// <summary>Names the steps of a <see cref="FileTransaction"/> at which tests inject faults or simulated crashes
/// through <see cref="IWriteInterceptor.At"/>.</summary>
public enum CommitPoint
{
    /// <summary>A new file is staged (written under .modulegen/staging/; the staged files are flushed together before the
    /// journal is put in place).</summary>
    Staged,

    /// <summary>The journal is in place; nothing in the workspace has changed yet.</summary>
    JournalWritten,

    /// <summary>One replaced file has its backup; it still holds its old content.</summary>
    BackedUp,

    /// <summary>One file has its new content (or was removed).</summary>
    Renamed,

    /// <summary>Every file is in place; the journal has not been removed yet.</summary>
    BeforeCommitPoint,
}
