namespace ModuleGen.Core.Audit;

/// <summary>Is one group of audit checks (a capability's rules) that the audit engine runs over a workspace or a module.</summary>
public interface IAuditCheck
{
    /// <summary>Gets the rules this check can fire, for the catalogue.</summary>
    IReadOnlyList<AuditRule> Rules { get; }

    /// <summary>Runs the checks for one module (or the whole workspace when <paramref name="module"/> is null) and
    /// returns raw findings at the rules' default severities; the engine applies modulegen.yaml's settings.</summary>
    IReadOnlyList<Finding> Run(string? module);

    /// <summary>Runs the checks for one module as <see cref="Run(string?)"/> does, for checks that wait on something
    /// outside the process (a program the user allowed) and must stop when the audit is cancelled.</summary>
    IReadOnlyList<Finding> Run(string? module, CancellationToken cancellationToken) => Run(module);

    /// <summary>Runs the checks that concern the workspace as a whole rather than one module (registry, ports).</summary>
    /// <remarks>The engine audits a whole workspace as this plus <see cref="Run(string?, CancellationToken)"/> per module, so it can report progress
    /// module by module; a check with no workspace-level rules keeps this default.</remarks>
    IReadOnlyList<Finding> RunWorkspace() => [];

    /// <summary>Tells the check an audit starts, before any <see cref="RunWorkspace"/> or <see cref="Run(string?)"/> call of it,
    /// so it can share work (such as loaded template packs) across the modules of one audit and no longer.</summary>
    void BeginAudit()
    {
    }
}
