namespace ModuleGen.Core.Registry;

/// <summary>Reports whether the registry matches the modules: every finding, ordered by file and line.</summary>
/// <param name="Valid">True when no finding is an error.</param>
/// <param name="Files">The configured registry files.</param>
/// <param name="Findings">Every finding.</param>
public sealed record WorkspaceValidateResult(bool Valid, IReadOnlyList<RegistryFileSummary> Files, IReadOnlyList<RegistryFinding> Findings);
