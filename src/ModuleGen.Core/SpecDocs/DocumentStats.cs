namespace ModuleGen.Core.SpecDocs;

/// <summary>Counts the elements of a module's documents.</summary>
public sealed record DocumentStats(int Requirements, int Scenarios, int Tasks, int TasksDone, int Phases);
