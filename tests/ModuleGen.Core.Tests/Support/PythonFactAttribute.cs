namespace ModuleGen.Core.Tests.Support;

/// <summary>A fact that is reported as skipped, with the reason, when python3 is not installed.</summary>
public sealed class PythonFactAttribute : FactAttribute
{
    public PythonFactAttribute()
    {
        if (!Python.Available)
        {
            Skip = "python3 is not on PATH: the syntax-check scripts were NOT tried (install python3 >= 3.11 to run this check).";
        }
    }
}
