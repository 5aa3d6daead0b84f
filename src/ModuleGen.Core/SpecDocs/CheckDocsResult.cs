using ModuleGen.Core.Audit;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Reports the spec-document checks of one module: what was found, and every finding with rule, severity, file and line.</summary>
/// <param name="Module">The module's snake_case name.</param>
/// <param name="Prefix">The ID prefix in force.</param>
/// <param name="DocsFolder">The workspace-relative docs folder.</param>
/// <param name="Step">The workflow step the documents present show (1–4).</param>
/// <param name="Documents">The documents found (with detail only; <see cref="DocumentStats"/> counts them).</param>
/// <param name="Missing">Canonical names of the standard documents not found.</param>
/// <param name="Stats">Element counts.</param>
/// <param name="Findings">Findings at the severity in force (modulegen.yaml audit.rules applied), ordered by file and line.</param>
/// <param name="Counts">Findings per severity.</param>
public sealed record CheckDocsResult(
    string Module,
    string Prefix,
    string DocsFolder,
    int Step,
    IReadOnlyList<DocumentSummary>? Documents,
    IReadOnlyList<string> Missing,
    DocumentStats Stats,
    IReadOnlyList<Finding> Findings,
    FindingCounts Counts);
