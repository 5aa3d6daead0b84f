namespace ModuleGen.Core.Context;

/// <summary>Reports how much of the workspace the scan saw.</summary>
/// <param name="FilesScanned">Files seen.</param>
/// <param name="FileBudget">The configured limit (scan.file_budget).</param>
/// <param name="StoppedEarly">True when the budget ran out: stacks and ports may be incomplete.</param>
/// <param name="Warnings">Files that could not be read as expected.</param>
public sealed record ScanSummary(int FilesScanned, int FileBudget, bool StoppedEarly, IReadOnlyList<string> Warnings);
