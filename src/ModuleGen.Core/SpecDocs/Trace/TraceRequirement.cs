namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Is one requirement in the trace matrix: the scenarios that cite it and code/tests that cite it directly.</summary>
public sealed record TraceRequirement(string Id, string Title, string File, int Line, IReadOnlyList<string> Scenarios, IReadOnlyList<CodeLocation> Code, IReadOnlyList<CodeLocation> Tests, bool Covered);
