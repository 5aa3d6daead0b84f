using System.Collections.Concurrent;

namespace ModuleGen.Core.Common;

/// <summary>Serialises work per key (e.g. per module) inside one process: compare-and-write sections of the plan
/// store and appends to a run log hold the key's lock, so concurrent calls never interleave.</summary>
/// <remarks>In-process only; two servers on one workspace are not coordinated (the atomic writer still guarantees
/// every file is one complete version).</remarks>
public sealed class KeyedLocks
{
    /// <summary>The key held by every edit that reads files and then rewrites them where other tools may edit too: a
    /// scaffold (its target folder and the files it injects into, such as workspace.yaml) and registry edits.</summary>
    public const string WorkspaceFiles = "workspace-files";

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    /// <summary>Waits for the key's lock; dispose the returned value to release it.</summary>
    public Held Enter(string key)
    {
        var gate = _locks.GetOrAdd(key, static _ => new SemaphoreSlim(1, 1));
        gate.Wait();
        return new Held(gate);
    }

    /// <summary>Releases a key's lock when disposed.</summary>
    public readonly struct Held(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
