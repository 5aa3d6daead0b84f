namespace ModuleGen.Core.Audit;

/// <summary>Holds an audit's findings (ordered by module, file, line, rule), counts, and the rendered report.</summary>
/// <param name="Modules">The modules audited, in order.</param>
/// <param name="Findings">Every finding in force after modulegen.yaml's rule settings.</param>
/// <param name="Counts">Findings by severity.</param>
/// <param name="Format">The requested format.</param>
/// <param name="Report">The Markdown or SARIF text; null for json (the result is the report).</param>
/// <param name="ReportPath">Where the report was written, when asked.</param>
public sealed record AuditResult(
    IReadOnlyList<string> Modules,
    IReadOnlyList<Finding> Findings,
    AuditCounts Counts,
    string Format,
    string? Report,
    string? ReportPath);
