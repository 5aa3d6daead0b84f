namespace ModuleGen.Core.Plans;

/// <summary>Holds a plan that passed every rule, with its canonical bytes and revision.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="ExpandedBrickCount">Bricks once sub-plans are expanded.</param>
/// <param name="Canonical">The canonical bytes (<see cref="PlanJson.Canonical"/>).</param>
/// <param name="Revision">The revision of those bytes.</param>
public sealed record ValidatedPlan(ModulePlan Plan, int ExpandedBrickCount, byte[] Canonical, string Revision);
