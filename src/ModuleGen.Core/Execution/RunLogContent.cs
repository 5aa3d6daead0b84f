namespace ModuleGen.Core.Execution;

/// <summary>Holds the events read from a run log, and the lines that could not be used.</summary>
/// <param name="Entries">The events in file order.</param>
/// <param name="Warnings">One sentence per ignored line (torn, malformed, or naming an unknown brick or step).</param>
public sealed record RunLogContent(IReadOnlyList<RunLogEntry> Entries, IReadOnlyList<string> Warnings);
