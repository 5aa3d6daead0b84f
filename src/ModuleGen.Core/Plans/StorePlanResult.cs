namespace ModuleGen.Core.Plans;

/// <summary>Reports a stored plan: its new revision, the one it replaced, and where both are kept.</summary>
/// <param name="Module">The module.</param>
/// <param name="Revision">The plan's revision now.</param>
/// <param name="PreviousRevision">The revision it replaced; null when the plan is new.</param>
/// <param name="Path">The plan file.</param>
/// <param name="Changed">False when the stored plan already had exactly this content (nothing was written).</param>
/// <param name="BrickCount">Bricks in the plan.</param>
/// <param name="PreviousPath">Where the replaced revision is kept, when one was replaced.</param>
public sealed record StorePlanResult(string Module, string Revision, string? PreviousRevision, string Path, bool Changed, int BrickCount, string? PreviousPath)
{
    /// <summary>Gets the recorded steps the new revision reset to pending, per brick with the reason (a brick whose
    /// type or target_dir changed); the progress of every other brick is kept. Empty for a new plan.</summary>
    public IReadOnlyList<StepReset> Reset { get; init; } = [];
}
