namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Asks for the REQ → SCEN → TASK → code/test matrix of a module, in one format.</summary>
/// <param name="Module">The module.</param>
/// <param name="Format">json (the default: the matrix as data), markdown (a table) or mermaid (a flowchart); only the
/// format asked for is filled in, so a call costs one rendering of the matrix, not three.</param>
public sealed record TraceMatrixRequest(string? Module, string? Format = null)
{
    public const string Json = "json";
    public const string Markdown = "markdown";
    public const string Mermaid = "mermaid";
}
