namespace ModuleGen.Tests.Shared;

/// <summary>A theory reported as skipped on Windows, for the reason <see cref="PosixFactAttribute"/> gives.</summary>
public sealed class PosixTheoryAttribute : TheoryAttribute
{
    public PosixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "runs POSIX shell stand-ins and relies on process groups, which Windows does not have.";
        }
    }
}
