using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Stops a commit the <paramref name="nth"/> time (from 0) it reaches <paramref name="point"/>, as a killed
/// process would: by throwing <see cref="SimulatedCrash"/>, which nothing in ModuleGen handles, so no rollback runs and
/// the files stay as they are; the OS locks the commit held are released (as the kernel releases a dead process's).
/// <paramref name="then"/> runs first, for a racer's move at that instant.</summary>
public sealed class CrashAt(CommitPoint point, int nth = 0, Action? then = null) : IWriteInterceptor
{
    private int _seen;

    public void BeforeCommit(WorkspacePath destination)
    {
    }

    public void At(CommitPoint reached, WorkspacePath destination)
    {
        if (reached == point && _seen++ == nth)
        {
            then?.Invoke();
            throw new SimulatedCrash();
        }
    }
}

/// <summary>Stands for the process dying: not an I/O error, so nothing in ModuleGen handles it.</summary>
public sealed class SimulatedCrash : Exception;
