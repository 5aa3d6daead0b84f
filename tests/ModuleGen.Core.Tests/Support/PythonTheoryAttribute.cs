namespace ModuleGen.Core.Tests.Support;

/// <summary>A theory that is reported as skipped, with the reason, when python3 is not installed.</summary>
public sealed class PythonTheoryAttribute : TheoryAttribute
{
    public PythonTheoryAttribute()
    {
        if (!Python.Available)
        {
            Skip = "python3 is not on PATH: generated Python/TOML files were NOT syntax-checked (install python3 >= 3.11 to run this check).";
        }
    }
}
