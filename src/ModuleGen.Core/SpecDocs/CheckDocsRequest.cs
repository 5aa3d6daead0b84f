namespace ModuleGen.Core.SpecDocs;

/// <summary>Asks for the MG1xx checks of one set of spec documents, or of every spec folder (no module).</summary>
/// <param name="Module">The module or spec folder; null for every spec folder.</param>
/// <param name="Detail">List the documents found too; by default only the findings, the missing documents and the counts.</param>
public sealed record CheckDocsRequest(string? Module, bool Detail = false);
