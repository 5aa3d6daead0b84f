namespace ModuleGen.Core.Execution;

/// <summary>Counts steps by status across the whole recipe.</summary>
/// <param name="Bricks">Bricks in the recipe.</param>
/// <param name="CompleteBricks">Bricks whose steps are all done or skipped.</param>
/// <param name="Pending">Steps with nothing recorded (or reopened).</param>
/// <param name="Done">Steps done.</param>
/// <param name="Failed">Steps whose last record is a failure.</param>
/// <param name="Skipped">Steps skipped.</param>
public sealed record RecipeSummary(int Bricks, int CompleteBricks, int Pending, int Done, int Failed, int Skipped);
