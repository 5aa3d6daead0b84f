using ModuleGen.Core.Plans;

namespace ModuleGen.Core.Execution;

/// <summary>Folds run log events into per-brick step states (the last record of a step wins) and derives the next
/// step, the counts and the Mermaid graph from them.</summary>
internal static class RecipeProgress
{
    public static (IReadOnlyList<BrickProgress> Bricks, IReadOnlyList<string> Warnings) From(IReadOnlyList<ExpandedBrick> bricks, string runId, RunLogContent content)
    {
        var warnings = content.Warnings.ToList();
        var known = bricks.Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
        var last = new Dictionary<(string Brick, string Step), RunLogEntry>();
        foreach (var entry in content.Entries)
        {
            if (entry.RunId != runId || !known.Contains(entry.Brick) ||
                !RecipeSteps.All.Contains(entry.Step, StringComparer.Ordinal) || !RecipeSteps.Statuses.Contains(entry.Status, StringComparer.Ordinal))
            {
                warnings.Add($"A run log event for brick '{entry.Brick}', step '{entry.Step}' does not fit this plan revision; it was ignored.");
                continue;
            }

            last[(entry.Brick, entry.Step)] = entry;
        }

        var progress = bricks.Select(brick =>
        {
            var steps = RecipeSteps.All.Select(step => last.TryGetValue((brick.Name, step), out var e)
                ? new StepState(step, e.Status, e.Note, e.Time)
                : new StepState(step, RecipeSteps.Pending, null, null)).ToArray();
            return new BrickProgress(brick.Name, brick.Brick.Type, brick.Brick.TargetDir, brick.DependsOn, steps, steps.All(s => RecipeSteps.IsSettled(s.Status)));
        }).ToArray();
        return (progress, warnings);
    }

    public static NextStep? Next(IReadOnlyList<BrickProgress> bricks) =>
        bricks.SelectMany(b => b.Steps.Select(s => (b.Brick, s)))
            .Where(p => !RecipeSteps.IsSettled(p.s.Status))
            .Select(p => new NextStep(p.Brick, p.s.Step, p.s.Status))
            .FirstOrDefault();

    public static RecipeSummary Summarise(IReadOnlyList<BrickProgress> bricks)
    {
        var steps = bricks.SelectMany(b => b.Steps).ToArray();
        return new RecipeSummary(bricks.Count, bricks.Count(b => b.Complete),
            steps.Count(s => s.Status == RecipeSteps.Pending), steps.Count(s => s.Status == RecipeSteps.Done),
            steps.Count(s => s.Status == RecipeSteps.Failed), steps.Count(s => s.Status == RecipeSteps.Skipped));
    }

    public static string Mermaid(IReadOnlyList<BrickProgress> bricks) =>
        MermaidGraph.Render(bricks.Select(b =>
        {
            var settled = b.Steps.Count(s => RecipeSteps.IsSettled(s.Status));
            var failed = b.Steps.Where(s => s.Status == RecipeSteps.Failed).Select(s => s.Step).ToArray();
            var detail = $"{b.Type} · {settled}/{b.Steps.Count} steps" + (failed.Length > 0 ? $" · failed: {string.Join(", ", failed)}" : "");
            return new MermaidNode(b.Brick, detail, b.DependsOn);
        }).ToArray());
}
