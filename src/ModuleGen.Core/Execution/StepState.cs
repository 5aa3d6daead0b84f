namespace ModuleGen.Core.Execution;

/// <summary>Gives one step's status as the run log last recorded it.</summary>
/// <param name="Step">The step.</param>
/// <param name="Status">pending (nothing recorded), done, failed or skipped.</param>
/// <param name="Note">The note of the last record.</param>
/// <param name="RecordedAt">The time of the last record.</param>
public sealed record StepState(string Step, string Status, string? Note, string? RecordedAt);
