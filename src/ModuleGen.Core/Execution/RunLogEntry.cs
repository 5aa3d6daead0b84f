namespace ModuleGen.Core.Execution;

/// <summary>Records one step outcome as a line of the run log (JSONL).</summary>
/// <param name="Time">UTC time of the record, ISO 8601, from the server's clock.</param>
/// <param name="RunId">The run: the hex of the plan revision it follows.</param>
/// <param name="Module">The module.</param>
/// <param name="Brick">The (qualified) brick name.</param>
/// <param name="Step">One of <see cref="RecipeSteps.All"/>.</param>
/// <param name="Status">One of <see cref="RecipeSteps.Statuses"/>.</param>
/// <param name="Note">What happened, in a sentence or two.</param>
public sealed record RunLogEntry(string Time, string RunId, string Module, string Brick, string Step, string Status, string? Note);
