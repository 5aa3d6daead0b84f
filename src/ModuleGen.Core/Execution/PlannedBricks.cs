using ModuleGen.Core.Common;
using ModuleGen.Core.Plans;

namespace ModuleGen.Core.Execution;

/// <summary>Finds bricks of a module's stored plan (sub-plans expanded) by name, for the tools that take
/// <c>{module, brick}</c> instead of a folder and the template inputs: scaffold, update_module, verify_files.</summary>
public sealed class PlannedBricks(PlanStore plans, PlanExpander expander)
{
    /// <summary>Loads the module's stored plan and its bricks in build order.</summary>
    public Result<(StoredPlan Stored, IReadOnlyList<ExpandedBrick> Bricks)> Load(string? module) =>
        plans.LoadStored(module).Then(stored => expander.Expand(stored).Map(bricks => (stored, bricks)));

    /// <summary>Finds the brick named <paramref name="brick"/>; when it is omitted, the plan's only brick that
    /// <paramref name="eligible"/> accepts (<paramref name="what"/> says what such a brick is, for the refusal).</summary>
    public Result<ExpandedBrick> Find(string? module, string? brick, Func<ExpandedBrick, bool> eligible, string what) =>
        Load(module).Then(plan =>
        {
            var names = string.Join(", ", plan.Bricks.Select(b => b.Name).Take(20));
            if (!string.IsNullOrEmpty(brick))
            {
                return plan.Bricks.FirstOrDefault(b => b.Name == brick) is { } found
                    ? Result<ExpandedBrick>.Ok(found)
                    : ToolError.Create(ErrorCodes.BrickUnknown, "/brick", $"The plan of '{plan.Stored.Plan.Module}' has no brick '{Preview.Of(brick)}'.",
                        $"Use a brick name as next_steps lists it: {names}.").WithFound(brick);
            }

            var candidates = plan.Bricks.Where(eligible).ToArray();
            return candidates.Length switch
            {
                1 => Result<ExpandedBrick>.Ok(candidates[0]),
                0 => ToolError.Create(ErrorCodes.ArgumentInvalid, "/module", $"No brick of the plan of '{plan.Stored.Plan.Module}' {what}.",
                    $"Name the brick and what to use (the plan's bricks: {names}).").WithFound(module),
                _ => ToolError.Create(ErrorCodes.ArgumentMissing, "/brick", $"Several bricks of the plan of '{plan.Stored.Plan.Module}' {what}: say which.",
                    $"Pass brick, one of: {string.Join(", ", candidates.Select(b => b.Name).Take(20))}."),
            };
        });
}
