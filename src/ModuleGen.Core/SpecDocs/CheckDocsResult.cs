using ModuleGen.Core.Audit;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Reports the spec-document checks of one set (or of every spec folder): what was read, as which format, and
/// every finding with rule, severity, file and line.</summary>
/// <param name="Module">The set's name (the module's snake_case name, or the spec folder's name); "*" for every folder.</param>
/// <param name="Prefix">The pipeline ID prefix in force (empty for the other formats).</param>
/// <param name="DocsFolder">The workspace-relative folder (empty for every folder).</param>
/// <param name="Step">The workflow step the documents show (1–4; 0 for an OpenSpec repository or for every folder).</param>
/// <param name="Documents">The documents read (with detail only; <see cref="Stats"/> and <see cref="Sets"/> count them).</param>
/// <param name="Missing">Names of the format's standard documents not found.</param>
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
    FindingCounts Counts)
{
    /// <summary>Gets each folder checked, with its format, the files read and ignored, and its counts.</summary>
    public IReadOnlyList<CheckDocsSet> Sets { get; init; } = [];
}
