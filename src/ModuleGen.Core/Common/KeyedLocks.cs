using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Common;

/// <summary>Serialises read-modify-write work per key (the workspace files, one plan, one run log) across threads and
/// across processes: a key's holder owns an in-process gate and an exclusive OS lock on
/// <c>.modulegen/locks/&lt;key&gt;.lock</c> (flock on Linux), so two servers, or the CLI beside a server, never
/// interleave a compare-and-write.</summary>
/// <remarks>
/// The OS lock belongs to an open file, so it is released when its process ends, however it ends: no stale lock after
/// a crash. The holder writes its process id and operation into the lock file, so a caller that gives up after the
/// bounded wait gets <see cref="ErrorCodes.WorkspaceBusy"/> naming who holds it. Waiting polls with a growing pause
/// (a few milliseconds up to 100); a cancelled token ends the wait with <see cref="OperationCanceledException"/>.
/// </remarks>
public sealed class KeyedLocks
{
    /// <summary>The key held by every edit that reads files and then rewrites them where other tools may edit too: a
    /// scaffold (its target folder and the files it injects into, such as workspace.yaml), registry and deployment edits.</summary>
    public const string WorkspaceFiles = "workspace-files";

    /// <summary>The folder of the lock files.</summary>
    public const string LockFolder = ".modulegen/locks";

    /// <summary>How long a caller waits for a busy key by default.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);
    private readonly TimeSpan _wait;

    /// <summary>Creates the locks; <paramref name="wait"/> bounds how long a busy key is waited for.</summary>
    public KeyedLocks(TimeSpan? wait = null)
    {
        _wait = wait ?? DefaultWait;
    }

    /// <summary>Takes the key's lock in this process and in the workspace, waiting at most the bounded time; dispose the
    /// returned value to release both.</summary>
    /// <param name="workspace">The workspace whose lock folder holds the OS lock.</param>
    /// <param name="key">What is locked (e.g. <see cref="WorkspaceFiles"/>, "plan:orders").</param>
    /// <param name="operation">What the holder does, shown to whoever has to wait (e.g. "store_plan").</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <exception cref="OperationCanceledException">Thrown when the token is cancelled before the lock is held.</exception>
    public Result<Held> Enter(ModuleGenWorkspace workspace, string key, string operation, CancellationToken cancellationToken = default)
    {
        var gate = _gates.GetOrAdd(key, static _ => new SemaphoreSlim(1, 1));
        var deadline = Environment.TickCount64 + (long)_wait.TotalMilliseconds;
        if (!gate.Wait(_wait, cancellationToken))
        {
            return Busy(key, "another call in this process");
        }

        var file = $"{LockFolder}/{FileName(key)}";
        var pause = 2;
        try
        {
            while (true)
            {
                if (workspace.Writer.Files.TryLock(file) is { } handle)
                {
                    Describe(handle, operation);
                    return Result<Held>.Ok(new Held(gate, handle));
                }

                if (cancellationToken.IsCancellationRequested)
                {
                    gate.Release();
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (Environment.TickCount64 >= deadline)
                {
                    gate.Release();
                    return Busy(key, HolderOf(workspace, file));
                }

                cancellationToken.WaitHandle.WaitOne(Math.Min(pause, (int)Math.Max(1, deadline - Environment.TickCount64)));
                pause = Math.Min(pause * 2, 100);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            gate.Release();
            return ToolError.Create(ErrorCodes.WriteFailed, "", $"Could not take the workspace lock '{file}': {WorkspaceIOException.Describe(ex)}.",
                "Check that .modulegen/ is a writable folder inside the workspace (not a link), then retry.").WithFound(file);
        }
    }

    /// <summary>Runs <paramref name="body"/> while holding the key (see <see cref="Enter"/>); a busy key is the result.</summary>
    public Result<T> Run<T>(ModuleGenWorkspace workspace, string key, string operation, Func<Result<T>> body, CancellationToken cancellationToken = default)
    {
        var held = Enter(workspace, key, operation, cancellationToken);
        if (!held.IsOk)
        {
            return Result<T>.Fail(held.Errors);
        }

        using (held.Value)
        {
            return body();
        }
    }

    private static void Describe(SafeFileHandle handle, string operation)
    {
        try
        {
            var text = Encoding.UTF8.GetBytes($"process {Environment.ProcessId} ({Preview.Of(operation)})\n");
            RandomAccess.SetLength(handle, 0);
            RandomAccess.Write(handle, text, 0);
        }
        catch (IOException)
        {
            // Naming the holder is a courtesy; the lock itself is held.
        }
    }

    private static string HolderOf(ModuleGenWorkspace workspace, string file)
    {
        try
        {
            var text = Encoding.UTF8.GetString(workspace.Writer.Files.ReadAll(file, 256)).Trim();
            return text.Length == 0 ? "another ModuleGen process" : text;
        }
        catch (IOException)
        {
            return "another ModuleGen process";
        }
    }

    private static ToolError Busy(string key, string holder) =>
        ToolError.Create(ErrorCodes.WorkspaceBusy, "", $"The workspace is busy: {holder} holds the lock '{key}'.",
            "Retry when that call has finished; a crashed holder releases the lock by itself.") with { Found = holder };

    /// <summary>Names a key's lock file: readable, and safe for any file system.</summary>
    private static string FileName(string key)
    {
        var safe = new StringBuilder();
        foreach (var c in key)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        var name = safe.Length > 80 ? safe.ToString(0, 80) : safe.ToString();
        return $"{name}-{CommitJournal.HashOf(Encoding.UTF8.GetBytes(key))[..8]}.lock";
    }

    /// <summary>Releases a key's OS lock and in-process gate when disposed.</summary>
    public sealed class Held(SemaphoreSlim gate, SafeFileHandle handle) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                handle.Dispose();
                gate.Release();
            }
        }
    }
}
