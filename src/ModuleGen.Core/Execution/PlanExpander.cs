using ModuleGen.Core.Common;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Execution;

/// <summary>Expands a stored plan's sub-plans into one list of bricks, ordered dependencies-first.</summary>
/// <remarks>
/// A brick whose <c>plan</c> names a sub-plan stays in the list (it has its own contract, spec and folder) and is
/// preceded by the sub-plan's bricks, named "&lt;brick&gt;.&lt;sub-brick&gt;". The brick depends on all of them, and
/// sub-plan bricks that depend on nothing inside their plan inherit the brick's own dependencies, so order flows
/// through the hierarchy. A sub-plan that refers back to a plan being expanded is a loop
/// (<see cref="ErrorCodes.PlanSubPlanCycle"/>); the expanded list is bounded by <see cref="PlanLimits.MaxBricks"/>.
/// </remarks>
public sealed class PlanExpander(ModuleGenWorkspace workspace)
{
    /// <summary>Returns the expanded bricks in build order: dependencies first, ties in expanded plan order.</summary>
    public Result<IReadOnlyList<ExpandedBrick>> Expand(StoredPlan stored)
    {
        var bricks = new List<ExpandedBrick>();
        var errors = new List<ToolError>();
        Expand(stored.Plan, "", [], [stored.File.RelativePath], bricks, errors);
        if (errors.Count > 0)
        {
            return Result<IReadOnlyList<ExpandedBrick>>.Fail(errors);
        }

        var index = bricks.Select((b, i) => (b.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var edges = bricks.Select(b => (IReadOnlyList<int>)b.DependsOn.Where(index.ContainsKey).Select(d => index[d]).ToArray()).ToArray();
        var order = new DependencyGraph(edges).TopologicalOrder();
        return order is null
            ? ToolError.Create(ErrorCodes.PlanDependencyCycle, "/bricks", "The expanded plan has a dependency cycle.", "Validate the plan and its sub-plans with validate_plan and remove the cycle.")
            : Result<IReadOnlyList<ExpandedBrick>>.Ok(order.Select(i => bricks[i]).ToArray());
    }

    private void Expand(ModulePlan plan, string prefix, IReadOnlyList<string> inherited, List<string> stack, List<ExpandedBrick> into, List<ToolError> errors)
    {
        for (var i = 0; i < plan.Bricks.Count && errors.Count == 0; i++)
        {
            var brick = plan.Bricks[i];
            var name = prefix + brick.Name;
            IReadOnlyList<string> dependsOn = (brick.DependsOn ?? []).Count == 0 ? inherited : brick.DependsOn!.Select(d => prefix + d).ToArray();
            var children = new List<string>();
            if (brick.SubPlan is { } reference && Load(reference, stack, PlanPointer.Brick(i, "plan"), errors) is { } sub)
            {
                var before = into.Count;
                stack.Add(sub.Path);
                Expand(sub.Plan, name + ".", dependsOn, stack, into, errors);
                stack.RemoveAt(stack.Count - 1);
                children.AddRange(into.Skip(before).Select(b => b.Name));
            }

            into.Add(new ExpandedBrick(name, brick, [.. dependsOn, .. children], stack[^1], stack.Count - 1, plan.Module, i));
            if (into.Count > PlanLimits.MaxBricks)
            {
                errors.Add(ToolError.Create(ErrorCodes.PlanTooManyBricks, "/bricks",
                    $"With its sub-plans expanded the plan has more than {PlanLimits.MaxBricks} bricks.", "Reference fewer or smaller sub-plans."));
            }
        }
    }

    private (ModulePlan Plan, string Path)? Load(string reference, List<string> stack, string pointer, List<ToolError> errors)
    {
        var path = workspace.Guard.Resolve(reference, pointer);
        if (!path.IsOk)
        {
            errors.AddRange(path.Errors);
            return null;
        }

        var chain = string.Join(" → ", stack.Append(path.Value.RelativePath));
        if (stack.Contains(path.Value.RelativePath, StringComparer.Ordinal))
        {
            errors.Add(ToolError.Create(ErrorCodes.PlanSubPlanCycle, pointer, $"Sub-plans refer back to a plan that includes them: {chain}.",
                "Remove the 'plan' reference that closes the loop.") with { Found = chain });
            return null;
        }

        if (stack.Count > PlanLimits.MaxSubPlanDepth)
        {
            errors.Add(ToolError.Create(ErrorCodes.PlanSubPlanTooDeep, pointer, $"Sub-plans nest more than {PlanLimits.MaxSubPlanDepth} levels deep: {chain}.",
                "Flatten the hierarchy.") with { Found = chain });
            return null;
        }

        var root = PlanFiles.ReadBounded(path.Value, pointer).Then(PlanInput.FromUtf8);
        var reading = root.IsOk ? PlanReader.Read(root.Value) : null;
        if (reading is null || reading.Errors.Count > 0)
        {
            errors.Add(ToolError.Create(ErrorCodes.PlanSubPlanInvalid, pointer, $"The sub-plan '{path.Value.RelativePath}' cannot be read as a plan.",
                "Validate it with validate_plan and store it again.").WithFound(path.Value.RelativePath));
            return null;
        }

        return (reading.Plan, path.Value.RelativePath);
    }
}
