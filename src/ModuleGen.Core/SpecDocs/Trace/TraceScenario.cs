namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Is one scenario in the trace matrix: its phase, the requirements it cites, the tasks citing it, and the
/// code and test lines citing it; <c>Covered</c> is false when no task cites it.</summary>
public sealed record TraceScenario(string Id, string Title, int? Phase, string File, int Line, IReadOnlyList<string> Requirements, IReadOnlyList<string> Tasks, IReadOnlyList<CodeLocation> Code, IReadOnlyList<CodeLocation> Tests, bool Covered);
