namespace ModuleGen.Core.SpecDocs;

/// <summary>Asks for the next free ID of a kind (req, scen, task, phase) in a module's documents.</summary>
public sealed record NextIdRequest(string? Module, string? Kind);
