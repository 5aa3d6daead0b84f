namespace ModuleGen.Core.Markers;

/// <summary>Describes a broken marker line.</summary>
/// <param name="Id">The id on the marker line.</param>
/// <param name="Line">1-based line of the offending marker.</param>
/// <param name="Reason">What is wrong, in a phrase.</param>
public sealed record MarkerProblem(string Id, int Line, string Reason);
