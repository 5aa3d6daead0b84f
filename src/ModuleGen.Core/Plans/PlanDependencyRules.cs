using ModuleGen.Core.Common;

namespace ModuleGen.Core.Plans;

/// <summary>Checks depends_on: every name must be a brick of the same plan, and the dependencies must not form a
/// cycle (each cycle is reported once, as a path of brick names).</summary>
internal static class PlanDependencyRules
{
    public static void Check(ModulePlan plan, List<ToolError> errors)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Bricks.Count; i++)
        {
            if (plan.Bricks[i].Name.Length > 0)
            {
                index.TryAdd(plan.Bricks[i].Name, i);
            }
        }

        var edges = new List<IReadOnlyList<int>>(plan.Bricks.Count);
        for (var i = 0; i < plan.Bricks.Count; i++)
        {
            var known = new List<int>();
            var dependsOn = plan.Bricks[i].DependsOn ?? [];
            for (var k = 0; k < dependsOn.Count; k++)
            {
                if (index.TryGetValue(dependsOn[k], out var target))
                {
                    known.Add(target);
                    continue;
                }

                errors.Add(ToolError.Create(ErrorCodes.PlanDependencyUnknown, $"{PlanPointer.Brick(i, "depends_on")}/{k}",
                    $"Brick {i} depends on '{Preview.Of(dependsOn[k])}', which is not a brick of this plan.",
                    $"Use the name of a brick in this plan ({Known(index.Keys)}), or remove the entry.").WithFound(dependsOn[k]));
            }

            edges.Add(known);
        }

        foreach (var cycle in new DependencyGraph(edges).Cycles())
        {
            var path = string.Join(" → ", cycle.Select(i => plan.Bricks[i].Name));
            errors.Add(ToolError.Create(ErrorCodes.PlanDependencyCycle, PlanPointer.Brick(cycle[0], "depends_on"),
                $"Bricks depend on each other in a cycle: {path}.",
                "Remove one dependency of the cycle; bricks are built in dependency order, so a cycle has no first brick.") with
            {
                Found = path,
            });
        }
    }

    private static string Known(IEnumerable<string> names)
    {
        var sorted = names.Order(StringComparer.Ordinal).ToArray();
        return sorted.Length <= 10 ? string.Join(", ", sorted) : string.Join(", ", sorted.Take(10)) + $", … ({sorted.Length} in all)";
    }
}
