namespace ModuleGen.Core.SpecDocs;

/// <summary>Asks for the MG1xx checks of one module's spec documents.</summary>
/// <param name="Module">The module.</param>
/// <param name="Detail">List the documents found too; by default only the findings, the missing documents and the counts.</param>
public sealed record CheckDocsRequest(string? Module, bool Detail = false);
