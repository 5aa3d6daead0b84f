namespace ModuleGen.Core.Workspace;

/// <summary>Observes the moment between a staged write and its commit; tests use it to inject faults there.</summary>
public interface IWriteInterceptor
{
    /// <summary>Gets the interceptor that does nothing (production).</summary>
    static IWriteInterceptor None { get; } = new NoInterceptor();

    /// <summary>Runs after the temp file is complete and flushed, before it is renamed into place.</summary>
    /// <exception cref="IOException">Thrown by fault-injecting implementations to simulate a failed commit.</exception>
    void BeforeCommit(WorkspacePath destination);

    private sealed class NoInterceptor : IWriteInterceptor
    {
        public void BeforeCommit(WorkspacePath destination)
        {
        }
    }
}
