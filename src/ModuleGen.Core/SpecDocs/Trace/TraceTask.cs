namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Is one task in the trace matrix: its phase, whether it is done, what it cites and the code/tests citing it.</summary>
public sealed record TraceTask(string Id, string Title, int? Phase, bool Done, string File, int Line, IReadOnlyList<string> Scenarios, IReadOnlyList<string> Requirements, IReadOnlyList<CodeLocation> Code, IReadOnlyList<CodeLocation> Tests);
