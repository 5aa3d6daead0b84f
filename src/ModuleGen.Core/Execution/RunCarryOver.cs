using ModuleGen.Core.Common;
using ModuleGen.Core.Plans;

namespace ModuleGen.Core.Execution;

/// <summary>Keeps the recipe's progress across a plan revision: each brick whose name, type and target_dir the new
/// revision leaves unchanged keeps every step it had recorded (the entries are copied into the new revision's run log,
/// with their time and note); a brick whose type or folder changed starts again, and the steps it loses are reported.
/// Adding a file to a brick's <c>files</c>, a dependency or a new brick so costs no progress.</summary>
public sealed class RunCarryOver(PlanExpander expander, RunLog log) : IPlanRevisionFollower
{
    /// <inheritdoc/>
    public Result<IReadOnlyList<StepReset>> Follow(StoredPlan previous, StoredPlan current, CancellationToken cancellationToken)
    {
        var before = expander.Expand(previous);
        var after = expander.Expand(current);
        var previousRun = PlanRevision.Hex(previous.Revision);
        var currentRun = PlanRevision.Hex(current.Revision);
        if (!before.IsOk || !after.IsOk || log.PathFor(previous.Plan.Module, previousRun) is not { IsOk: true } from)
        {
            // A revision that cannot be expanded had no progress the recipe could read.
            return Result<IReadOnlyList<StepReset>>.Ok([]);
        }

        return log.Read(from.Value).Then(content =>
        {
            var progress = RecipeProgress.From(before.Value, previousRun, content).Bricks.ToDictionary(b => b.Brick, StringComparer.Ordinal);
            var carried = new List<RunLogEntry>();
            var reset = new List<StepReset>();
            foreach (var brick in after.Value)
            {
                if (!progress.TryGetValue(brick.Name, out var was) || before.Value.First(b => b.Name == brick.Name) is not { } old)
                {
                    continue;
                }

                var recorded = was.Steps.Where(s => s.Status != RecipeSteps.Pending).ToArray();
                if (recorded.Length == 0)
                {
                    continue;
                }

                if (Changed(old.Brick, brick.Brick) is { } reason)
                {
                    reset.Add(new StepReset(brick.Name, recorded.Select(s => s.Step).ToArray(), reason));
                    continue;
                }

                carried.AddRange(recorded.Select(s => new RunLogEntry(s.RecordedAt ?? "", currentRun, current.Plan.Module, brick.Name, s.Step, s.Status, s.Note)));
            }

            if (carried.Count == 0)
            {
                return Result<IReadOnlyList<StepReset>>.Ok(reset);
            }

            return log.PathFor(current.Plan.Module, currentRun)
                .Then(to => log.Append(to, carried, cancellationToken))
                .Map(_ => (IReadOnlyList<StepReset>)reset);
        });
    }

    private static string? Changed(PlanBrick before, PlanBrick after)
    {
        if (before.Type != after.Type)
        {
            return $"its type changed from {before.Type} to {after.Type}";
        }

        var (from, to) = (Folder(before.TargetDir), Folder(after.TargetDir));
        return from == to ? null : $"its target_dir changed from {from} to {to}";
    }

    private static string Folder(string path) => path.Replace('\\', '/').Trim('/');
}
