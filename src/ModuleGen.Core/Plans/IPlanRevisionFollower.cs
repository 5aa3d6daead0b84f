using ModuleGen.Core.Common;

namespace ModuleGen.Core.Plans;

/// <summary>Follows a module's plan from one revision to the next: the recipe's progress of the bricks the revision
/// leaves as they were is kept, and the steps it has to reset are named with the reason.</summary>
/// <remarks>Implemented by the recipe (which the plans capability does not reference); called by store_plan under the
/// module's plan lock, before the new revision is written.</remarks>
public interface IPlanRevisionFollower
{
    /// <summary>Carries progress from <paramref name="previous"/> to <paramref name="current"/>; returns the steps reset.</summary>
    Result<IReadOnlyList<StepReset>> Follow(StoredPlan previous, StoredPlan current, CancellationToken cancellationToken);
}

/// <summary>Names the recorded steps of one brick that a new plan revision reset to pending, and why.</summary>
/// <param name="Brick">The (qualified) brick name.</param>
/// <param name="Steps">The steps that had been recorded and are pending again.</param>
/// <param name="Reason">What changed, e.g. "target_dir changed from a to b".</param>
public sealed record StepReset(string Brick, IReadOnlyList<string> Steps, string Reason);
