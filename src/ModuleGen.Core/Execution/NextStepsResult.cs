namespace ModuleGen.Core.Execution;

/// <summary>Gives the recipe of a plan: bricks in build order with each step's status, and what to do next.</summary>
/// <param name="Module">The module.</param>
/// <param name="Revision">The plan revision the recipe follows.</param>
/// <param name="RunId">The run (the hex of the revision): a restarted session continues the same log.</param>
/// <param name="LogPath">The run log.</param>
/// <param name="Bricks">Bricks dependencies-first, ties in plan order; sub-plan bricks are expanded.</param>
/// <param name="Next">The first pending or failed step, or null when everything is done.</param>
/// <param name="Summary">Counts by status.</param>
/// <param name="Warnings">Run log lines that were ignored.</param>
/// <param name="Mermaid">The bricks, their dependencies and progress as a Mermaid flowchart (format=mermaid only).</param>
public sealed record NextStepsResult(
    string Module,
    string Revision,
    string RunId,
    string LogPath,
    IReadOnlyList<BrickProgress> Bricks,
    NextStep? Next,
    RecipeSummary Summary,
    IReadOnlyList<string> Warnings,
    string? Mermaid);
