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
/// Taking a key first undoes the commits of dead processes (<see cref="CommitJournal.RecoverAll"/>), so nothing is read
/// and planned on top of a half-done commit. A lock file that is not a regular file with one name is refused
/// (<see cref="ErrorCodes.WriteFailed"/>): the note written into it would change a file linked in from elsewhere.
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
    /// returned value to release both. Blocks the calling thread while it waits; async callers use <see cref="EnterAsync"/>.</summary>
    /// <param name="workspace">The workspace whose lock folder holds the OS lock.</param>
    /// <param name="key">What is locked (e.g. <see cref="WorkspaceFiles"/>, "plan:orders").</param>
    /// <param name="operation">What the holder does, shown to whoever has to wait (e.g. "store_plan").</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <exception cref="OperationCanceledException">Thrown when the token is cancelled before the lock is held.</exception>
    public Result<Held> Enter(ModuleGenWorkspace workspace, string key, string operation, CancellationToken cancellationToken = default)
    {
        var gate = _gates.GetOrAdd(key, static _ => new SemaphoreSlim(1, 1));
        var wait = new Wait(_wait);
        if (!gate.Wait(_wait, cancellationToken))
        {
            return Busy(key, "another call in this process");
        }

        while (true)
        {
            if (Attempt(workspace, key, operation, gate, wait, cancellationToken) is { } done)
            {
                return done;
            }

            cancellationToken.WaitHandle.WaitOne(wait.NextPause());
        }
    }

    /// <summary>Takes the key's lock like <see cref="Enter"/>, with the same bounded wait and the same
    /// <see cref="ErrorCodes.WorkspaceBusy"/> answer, but waits without holding a thread.</summary>
    /// <exception cref="OperationCanceledException">Thrown when the token is cancelled before the lock is held.</exception>
    public async Task<Result<Held>> EnterAsync(ModuleGenWorkspace workspace, string key, string operation, CancellationToken cancellationToken = default)
    {
        var gate = _gates.GetOrAdd(key, static _ => new SemaphoreSlim(1, 1));
        var wait = new Wait(_wait);
        if (!await gate.WaitAsync(_wait, cancellationToken).ConfigureAwait(false))
        {
            return Busy(key, "another call in this process");
        }

        while (true)
        {
            if (Attempt(workspace, key, operation, gate, wait, cancellationToken) is { } done)
            {
                return done;
            }

            // A cancelled pause ends early without throwing: the next attempt releases the gate and throws.
            await Task.Delay(wait.NextPause(), cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Runs <paramref name="body"/> while holding the key (see <see cref="Enter"/>); a busy key is the result.</summary>
    public Result<T> Run<T>(ModuleGenWorkspace workspace, string key, string operation, Func<Result<T>> body, CancellationToken cancellationToken = default) =>
        Within(Enter(workspace, key, operation, cancellationToken), body);

    /// <summary>Runs <paramref name="body"/> while holding the key, waiting for it without holding a thread (see
    /// <see cref="EnterAsync"/>); a busy key is the result.</summary>
    public async Task<Result<T>> RunAsync<T>(ModuleGenWorkspace workspace, string key, string operation, Func<Result<T>> body, CancellationToken cancellationToken = default) =>
        Within(await EnterAsync(workspace, key, operation, cancellationToken).ConfigureAwait(false), body);

    private static Result<T> Within<T>(Result<Held> held, Func<Result<T>> body)
    {
        if (!held.IsOk)
        {
            return Result<T>.Fail(held.Errors);
        }

        using (held.Value)
        {
            return body();
        }
    }

    /// <summary>One try at the OS lock while holding the in-process gate: the held lock, workspace.busy once the wait is
    /// over, a write failure, or null to wait and try again. Every answer but null (and a cancellation) releases the gate.</summary>
    private static Result<Held>? Attempt(ModuleGenWorkspace workspace, string key, string operation, SemaphoreSlim gate, Wait wait, CancellationToken cancellationToken)
    {
        var file = $"{LockFolder}/{FileName(key)}";
        try
        {
            // Lock files are local state: like the logs and backups, their folder ignores itself in git.
            Workspace.StateFolderIgnore.Ensure(workspace, LockFolder);
            if (workspace.Writer.Files.TryLock(file) is { } handle)
            {
                Describe(handle, operation);

                // As a database rolls back a hot journal when it takes its lock: a commit that died half-way is undone
                // before the holder reads anything to plan on top of it.
                CommitJournal.RecoverAll(workspace);
                return Result<Held>.Ok(new Held(gate, handle));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            gate.Release();
            return ToolError.Create(ErrorCodes.WriteFailed, "", $"Could not take the workspace lock '{file}': {WorkspaceIOException.Describe(ex)}.",
                "Check that .modulegen/ is a writable folder inside the workspace (not a link), then retry.").WithFound(file);
        }

        if (cancellationToken.IsCancellationRequested)
        {
            gate.Release();
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (wait.IsOver)
        {
            gate.Release();
            return Busy(key, HolderOf(workspace, file));
        }

        return null;
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

    /// <summary>The bounded wait for a busy OS lock: its deadline, and pauses growing from a few milliseconds to 100
    /// (never past the deadline), since the OS lock has no wake-up to wait on.</summary>
    private sealed class Wait(TimeSpan bound)
    {
        private readonly long _deadline = Environment.TickCount64 + (long)bound.TotalMilliseconds;
        private int _pause = 2;

        public bool IsOver => Environment.TickCount64 >= _deadline;

        public int NextPause()
        {
            var pause = Math.Min(_pause, (int)Math.Max(1, _deadline - Environment.TickCount64));
            _pause = Math.Min(_pause * 2, 100);
            return pause;
        }
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
