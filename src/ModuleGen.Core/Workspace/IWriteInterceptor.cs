namespace ModuleGen.Core.Workspace;

/// <summary>Observes the steps of a write; tests use it to inject faults (an <see cref="IOException"/>, which the
/// writer handles) or simulated crashes (any other exception, which leaves the files as a killed process would).</summary>
public interface IWriteInterceptor
{
    /// <summary>Gets the interceptor that does nothing (production).</summary>
    static IWriteInterceptor None { get; } = new NoInterceptor();

    /// <summary>Runs after the temp file is complete and flushed, before it is renamed into place.</summary>
    /// <exception cref="IOException">Thrown by fault-injecting implementations to simulate a failed commit.</exception>
    void BeforeCommit(WorkspacePath destination);

    /// <summary>Runs at each step of a multi-file commit (see <see cref="CommitPoint"/>).</summary>
    /// <exception cref="IOException">Thrown by fault-injecting implementations to simulate a failed step.</exception>
    void At(CommitPoint point, WorkspacePath destination)
    {
    }

    private sealed class NoInterceptor : IWriteInterceptor
    {
        public void BeforeCommit(WorkspacePath destination)
        {
        }
    }
}
