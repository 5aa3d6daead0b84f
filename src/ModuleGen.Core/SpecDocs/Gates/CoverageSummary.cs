namespace ModuleGen.Core.SpecDocs.Gates;

/// <summary>Summarises a coverage report: its format and line coverage.</summary>
public sealed record CoverageSummary(string File, string Format, long LinesCovered, long LinesValid, double Percent);
