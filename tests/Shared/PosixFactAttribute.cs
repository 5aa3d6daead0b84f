namespace ModuleGen.Tests.Shared;

/// <summary>A fact reported as skipped, with the reason, on Windows: it runs POSIX shell programs (the stand-in dg and
/// uv, process groups).</summary>
public sealed class PosixFactAttribute : FactAttribute
{
    public PosixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "runs POSIX shell stand-ins and relies on process groups, which Windows does not have.";
        }
    }
}
