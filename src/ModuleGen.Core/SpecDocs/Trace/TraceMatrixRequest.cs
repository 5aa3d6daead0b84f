namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Asks for the REQ → SCEN → TASK → code/test matrix of a module.</summary>
public sealed record TraceMatrixRequest(string? Module);
