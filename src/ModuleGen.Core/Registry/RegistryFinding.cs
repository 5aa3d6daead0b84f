using ModuleGen.Core.Audit;

namespace ModuleGen.Core.Registry;

/// <summary>Reports one registry problem workspace_validate found, where it is, and what to do.</summary>
/// <param name="Code">registry.* code (docs/errors.md).</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Message">One sentence naming the problem.</param>
/// <param name="Hint">The fix.</param>
public sealed record RegistryFinding(string Code, Severity Severity, string Message, string Hint)
{
    /// <summary>Gets the workspace-relative file the problem is in.</summary>
    public string? File { get; init; }

    /// <summary>Gets the 1-based line, when known.</summary>
    public int? Line { get; init; }

    /// <summary>Gets the module concerned, when there is one.</summary>
    public string? Module { get; init; }
}
