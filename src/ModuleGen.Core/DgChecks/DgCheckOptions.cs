namespace ModuleGen.Core.DgChecks;

/// <summary>Holds what the dg checks read from the process environment: the PATH searched for <c>dg</c> and
/// <c>uv</c> (only its absolute entries), so tests can point it at stand-in programs.</summary>
/// <param name="SearchPath">The PATH value; null or empty finds nothing.</param>
public sealed record DgCheckOptions(string? SearchPath)
{
    /// <summary>Gets the options of this process (its PATH).</summary>
    public static DgCheckOptions FromEnvironment() => new(Environment.GetEnvironmentVariable("PATH"));
}
