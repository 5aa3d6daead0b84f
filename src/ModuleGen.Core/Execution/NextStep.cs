namespace ModuleGen.Core.Execution;

/// <summary>Names the step to do next: the first step, in build order, that is pending or failed.</summary>
/// <param name="Brick">The brick.</param>
/// <param name="Step">The step.</param>
/// <param name="Status">pending, or failed for a step to retry.</param>
public sealed record NextStep(string Brick, string Step, string Status);
