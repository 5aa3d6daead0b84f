namespace ModuleGen.Core.Common;

/// <summary>Reports how far a long piece of work has got, for progress displays: step <see cref="Done"/> of
/// <see cref="Total"/>, and what it has just done.</summary>
/// <param name="Done">Steps finished, this one included.</param>
/// <param name="Total">Steps in all, as far as known when reported.</param>
/// <param name="Message">What the step was, e.g. "scanned 20000 files".</param>
public sealed record StepProgress(int Done, int Total, string Message);
