namespace ModuleGen.Core.Audit;

/// <summary>Is one group of audit checks (a capability's rules) that the audit engine runs over a workspace or a module.</summary>
public interface IAuditCheck
{
    /// <summary>Gets the rules this check can fire, for the catalogue.</summary>
    IReadOnlyList<AuditRule> Rules { get; }

    /// <summary>Runs the checks for one module (or the whole workspace when <paramref name="module"/> is null) and
    /// returns raw findings at the rules' default severities; the engine applies modulegen.yaml's settings.</summary>
    IReadOnlyList<Finding> Run(string? module);
}
