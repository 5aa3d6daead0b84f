using System.Collections.Concurrent;

namespace ModuleGen.Core.Workspace;

/// <summary>A stretch of read-only work (an audit) over which the workspace's tree is taken as unchanged, so that a
/// whole-workspace result several checks each ask for (the file scan, the module list) is computed once in it instead of
/// once per check or per module. It belongs to the call that began it (its async flow): a call running beside it on the
/// same workspace, a scaffold say, sees none of it and reads the tree afresh.</summary>
public static class ReadingSnapshot
{
    private static readonly AsyncLocal<Results?> s_current = new();

    /// <summary>Begins a snapshot, or joins the one already begun; disposing the scope ends what it began.</summary>
    public static Scope Begin()
    {
        if (s_current.Value is { Ended: false })
        {
            return default;
        }

        var results = new Results();
        s_current.Value = results;
        return new Scope(results);
    }

    /// <summary>Returns what <paramref name="compute"/> gives for <paramref name="key"/>: computed once per snapshot, and
    /// each time outside one. A computation that throws (a cancelled scan) is not kept.</summary>
    public static T Once<T>(object key, Func<T> compute)
        where T : notnull =>
        s_current.Value is { Ended: false } results ? (T)results.GetOrAdd(key, _ => compute()) : compute();

    /// <summary>Ends the snapshot its <see cref="Begin"/> began (a joined one goes on).</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly Results? _began;

        internal Scope(Results began) => _began = began;

        /// <inheritdoc/>
        public void Dispose()
        {
            if (_began is null)
            {
                return;
            }

            // Work the snapshot's flow started and that outlives it (it carries the flow's values) reads afresh too.
            _began.Ended = true;
            s_current.Value = null;
        }
    }

    internal sealed class Results : ConcurrentDictionary<object, object>
    {
        public volatile bool Ended;
    }
}
