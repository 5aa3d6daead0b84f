namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Is one requirement in the trace matrix: the scenarios that cite it, the tasks that cite it directly, and the
/// code/tests that cite it; <c>Covered</c> is true when a scenario or a task cites it.</summary>
public sealed record TraceRequirement(string Id, string Title, string File, int Line, IReadOnlyList<string> Scenarios, IReadOnlyList<CodeLocation> Code, IReadOnlyList<CodeLocation> Tests, bool Covered)
{
    /// <summary>Gets the tasks that cite the requirement directly (not through a scenario), in document order.</summary>
    public IReadOnlyList<string> Tasks { get; init; } = [];
}
