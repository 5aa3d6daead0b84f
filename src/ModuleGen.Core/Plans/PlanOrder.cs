namespace ModuleGen.Core.Plans;

/// <summary>Orders a valid plan's bricks dependencies-first; among bricks ready together, plan order wins.</summary>
public static class PlanOrder
{
    /// <summary>Returns brick indices in build order; unknown dependency names are ignored (validation reports them).</summary>
    /// <exception cref="InvalidOperationException">The plan has a dependency cycle (it was not validated).</exception>
    public static IReadOnlyList<int> Of(ModulePlan plan)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Bricks.Count; i++)
        {
            index.TryAdd(plan.Bricks[i].Name, i);
        }

        var edges = plan.Bricks
            .Select(b => (IReadOnlyList<int>)(b.DependsOn ?? []).Where(index.ContainsKey).Select(n => index[n]).ToArray())
            .ToArray();
        return new DependencyGraph(edges).TopologicalOrder()
            ?? throw new InvalidOperationException("A validated plan has no dependency cycle.");
    }
}
