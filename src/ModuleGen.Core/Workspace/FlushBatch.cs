using Microsoft.Win32.SafeHandles;
using ModuleGen.Core.Workspace.Native;

namespace ModuleGen.Core.Workspace;

/// <summary>Makes a group of newly written files durable together: each file's writeback is started as it is written
/// (without waiting), and <see cref="FlushAll"/> then fsyncs every one of them. Every file is still fsynced before the
/// caller goes on, exactly as a write-then-fsync per file would; only the waiting overlaps.</summary>
/// <remarks>
/// Why: on a journalling file system each fsync of a freshly written file waits for its data and for a journal commit.
/// Done one file at a time, a 19-file commit waits for 19 commits in a row (most of a scaffold's time on this kind of
/// disk). With the data of every file already on its way, the first fsync's journal commit covers the others' metadata
/// too, so the later fsyncs find their work done. The handles stay open until flushed; disposing the batch closes any
/// that were not (after a failure, when the files are being rolled back anyway).
/// </remarks>
internal sealed class FlushBatch : IDisposable
{
    /// <summary>The most files kept open for one flush.</summary>
    public const int MaxOpen = 256;

    private readonly List<SafeFileHandle> _pending = [];

    /// <summary>Takes over an open handle of a file just written and starts its writeback.</summary>
    public void Add(SafeFileHandle handle)
    {
        // Never more than MaxOpen handles at once: a commit of thousands of files flushes in groups instead of running
        // out of file descriptors (EMFILE) half-way.
        if (_pending.Count >= MaxOpen)
        {
            FlushAll();
        }

        _pending.Add(handle);

        // A hint only: where the call is unsupported the data is written by the fsync in FlushAll instead.
        _ = Posix.SyncFileRange((int)handle.DangerousGetHandle(), 0, 0, Posix.SYNC_FILE_RANGE_WRITE);
    }

    /// <summary>Fsyncs every file added so far and closes it; the batch can take more files afterwards.</summary>
    /// <exception cref="WorkspaceIOException">Thrown when a file could not be made durable.</exception>
    public void FlushAll()
    {
        try
        {
            foreach (var handle in _pending)
            {
                if (Posix.FSync((int)handle.DangerousGetHandle()) != 0)
                {
                    throw new WorkspaceIOException(Posix.Describe(Posix.Errno));
                }
            }
        }
        finally
        {
            Dispose();
        }
    }

    /// <summary>Closes the handles not flushed yet.</summary>
    public void Dispose()
    {
        foreach (var handle in _pending)
        {
            handle.Dispose();
        }

        _pending.Clear();
    }
}
