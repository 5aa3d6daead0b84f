namespace ModuleGen.Mcp.Tests.Support;

/// <summary>A theory that is reported as skipped, with the reason, on Windows (it runs POSIX shell scripts).</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "bin/modulegen-launch is a POSIX shell script; on Windows the plugin is not supported (use the dotnet tool).";
        }
    }
}
