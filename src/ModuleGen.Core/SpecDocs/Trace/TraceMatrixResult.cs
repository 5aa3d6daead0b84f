namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Holds the trace matrix of a module as data, as a Markdown table and as a Mermaid graph.</summary>
/// <param name="Module">The module's snake_case name.</param>
/// <param name="Prefix">The ID prefix.</param>
/// <param name="DocsFolder">The workspace-relative docs folder.</param>
/// <param name="CodeFolder">The folder scanned for code and test references, when the module has one.</param>
/// <param name="FilesScanned">How many source files were read.</param>
/// <param name="ScanStoppedEarly">True when the scan budget stopped the scan (references may be missing).</param>
/// <param name="Requirements">Requirements in document order.</param>
/// <param name="Scenarios">Scenarios in document order.</param>
/// <param name="Tasks">Tasks in document order.</param>
/// <param name="Uncovered">The gaps.</param>
/// <param name="Markdown">The matrix as a Markdown table.</param>
/// <param name="Mermaid">The matrix as a Mermaid flowchart (without the code fence).</param>
public sealed record TraceMatrixResult(
    string Module,
    string Prefix,
    string DocsFolder,
    string? CodeFolder,
    int FilesScanned,
    bool ScanStoppedEarly,
    IReadOnlyList<TraceRequirement> Requirements,
    IReadOnlyList<TraceScenario> Scenarios,
    IReadOnlyList<TraceTask> Tasks,
    TraceUncovered Uncovered,
    string Markdown,
    string Mermaid)
{
    /// <summary>Gets the format the documents were read as (module-pipeline, spec-kit, kiro, openspec).</summary>
    public string? Format { get; init; }
}
