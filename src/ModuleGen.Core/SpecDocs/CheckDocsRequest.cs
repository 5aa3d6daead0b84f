namespace ModuleGen.Core.SpecDocs;

/// <summary>Asks for the MG1xx checks of one module's spec documents.</summary>
public sealed record CheckDocsRequest(string? Module);
