namespace ModuleGen.Core.Plans;

/// <summary>Confirms a plan is valid and says what storing it would do.</summary>
/// <param name="Module">The module the plan is for.</param>
/// <param name="BrickCount">Bricks in the plan itself.</param>
/// <param name="ExpandedBrickCount">Bricks once sub-plans are expanded (what next_steps will walk).</param>
/// <param name="Revision">The revision the plan would have once stored (a content hash).</param>
/// <param name="Path">Where store_plan would write it.</param>
/// <param name="BuildOrder">The plan's bricks dependencies-first, ties in plan order.</param>
public sealed record ValidatePlanResult(string Module, int BrickCount, int ExpandedBrickCount, string Revision, string Path, IReadOnlyList<string> BuildOrder);
