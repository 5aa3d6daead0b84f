namespace ModuleGen.Core.Audit;

/// <summary>Describes one audit rule: a stable id (MG001 …), what it checks, why it matters and how to fix a finding.</summary>
/// <param name="Id">Stable id: MG0xx modules, plans and registry; MG1xx spec documents.</param>
/// <param name="Title">Short name, e.g. "Generated file edited".</param>
/// <param name="DefaultSeverity">Severity unless modulegen.yaml re-grades it (audit.rules).</param>
/// <param name="Rationale">Why the rule exists.</param>
/// <param name="FixHint">What to do about a finding.</param>
public sealed record AuditRule(string Id, string Title, Severity DefaultSeverity, string Rationale, string FixHint);
