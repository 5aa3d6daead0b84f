namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Holds the trace matrix of a set of spec documents in the format asked for: as data (the lists), a Markdown
/// table or a Mermaid graph; the uncovered IDs and the totals come with every format.</summary>
/// <param name="Module">The set's name (the module's snake_case name, or the spec folder's name).</param>
/// <param name="Prefix">The ID prefix.</param>
/// <param name="DocsFolder">The workspace-relative docs folder.</param>
/// <param name="CodeFolder">The folder scanned for code and test references, when the module has one.</param>
/// <param name="FilesScanned">How many source files were read.</param>
/// <param name="ScanStoppedEarly">True when the scan budget stopped the scan (references may be missing).</param>
/// <param name="Format">The output format: json, markdown or mermaid (<see cref="DocsFormat"/> is the documents' format).</param>
/// <param name="Totals">How many requirements, scenarios and tasks the matrix has.</param>
/// <param name="Requirements">Requirements in document order (json only; empty otherwise).</param>
/// <param name="Scenarios">Scenarios in document order (json only).</param>
/// <param name="Tasks">Tasks in document order (json only).</param>
/// <param name="Uncovered">The gaps.</param>
/// <param name="Markdown">The matrix as a Markdown table (markdown only).</param>
/// <param name="Mermaid">The matrix as a Mermaid flowchart, without the code fence (mermaid only).</param>
public sealed record TraceMatrixResult(
    string Module,
    string Prefix,
    string DocsFolder,
    string? CodeFolder,
    int FilesScanned,
    bool ScanStoppedEarly,
    string Format,
    TraceTotals Totals,
    IReadOnlyList<TraceRequirement> Requirements,
    IReadOnlyList<TraceScenario> Scenarios,
    IReadOnlyList<TraceTask> Tasks,
    TraceUncovered Uncovered,
    string? Markdown,
    string? Mermaid)
{
    /// <summary>Gets where the matrix is when it was too large to answer inline (an MCP resource the client reads on
    /// demand); the lists (or the Markdown or Mermaid text) are then left out.</summary>
    public string? MatrixUri { get; init; }

    /// <summary>Gets the format the documents were read as (module-pipeline, spec-kit, kiro, openspec).</summary>
    public string? DocsFormat { get; init; }
}

/// <summary>Counts the rows of a trace matrix.</summary>
public sealed record TraceTotals(int Requirements, int Scenarios, int Tasks);
