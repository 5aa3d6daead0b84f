using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Plans;

/// <summary>Follows the bricks' sub-plan references depth-first during one validation: each sub-plan is read once
/// and validated with every rule, a reference back to a plan still being checked is a loop (reported with its
/// chain of files), and nesting deeper than <see cref="PlanLimits.MaxSubPlanDepth"/> is refused.</summary>
internal sealed class SubPlanWalk(ModuleGenWorkspace workspace, PlanValidator validator)
{
    private readonly List<string> _stack = [];
    private readonly Dictionary<string, Outcome> _done = new(StringComparer.Ordinal);

    /// <summary>Marks a plan file as being checked (the plan under validation, at its storage path).</summary>
    public void Enter(string relativePath) => _stack.Add(relativePath);

    /// <summary>Checks the sub-plans of <paramref name="plan"/>; returns its brick count with sub-plans expanded.</summary>
    public int Check(ModulePlan plan, List<ToolError> errors)
    {
        var count = 0;
        for (var i = 0; i < plan.Bricks.Count; i++)
        {
            count++;
            if (plan.Bricks[i].SubPlan is not { Length: > 0 } reference ||
                workspace.Guard.Resolve(reference, "") is not { IsOk: true } resolved)
            {
                continue; // PlanPathRules reports a refused path.
            }

            var outcome = Visit(resolved.Value);
            count += outcome.Count;
            if (outcome.Error is { } error)
            {
                errors.Add(ToolError.Create(error.Code, PlanPointer.Brick(i, "plan"), error.Message, error.Hint) with { Found = error.Found });
            }
        }

        return count;
    }

    private Outcome Visit(WorkspacePath file)
    {
        var path = file.RelativePath;
        if (_stack.IndexOf(path) is var at and >= 0)
        {
            var chain = string.Join(" → ", _stack.Skip(at).Append(path));
            return new Outcome(0, ToolError.Create(ErrorCodes.PlanSubPlanCycle, "",
                $"Sub-plans refer back to a plan that includes them: {chain}.",
                "Remove the 'plan' reference that closes the loop; a sub-plan must not include a plan above it.") with { Found = chain });
        }

        if (_done.TryGetValue(path, out var known))
        {
            return known;
        }

        var outcome = Load(file);
        _done[path] = outcome;
        return outcome;
    }

    private Outcome Load(WorkspacePath file)
    {
        if (_stack.Count > PlanLimits.MaxSubPlanDepth)
        {
            return new Outcome(0, ToolError.Create(ErrorCodes.PlanSubPlanTooDeep, "",
                $"Sub-plans nest more than {PlanLimits.MaxSubPlanDepth} levels deep at '{file.RelativePath}'.",
                "Flatten the hierarchy: reference the deepest plans from a higher level.").WithFound(file.RelativePath));
        }

        if (!File.Exists(file.FullPath))
        {
            return new Outcome(0, ToolError.Create(ErrorCodes.PlanSubPlanMissing, "",
                $"The sub-plan '{file.RelativePath}' does not exist.",
                "Store the sub-plan first (store_plan writes it under the plans folder), then reference its path; or remove 'plan'.").WithFound(file.RelativePath));
        }

        var bytes = PlanFiles.ReadBounded(file, "");
        var root = bytes.Then(PlanInput.FromUtf8);
        if (!root.IsOk)
        {
            return Invalid(file, root.Errors);
        }

        var reading = PlanReader.Read(root.Value);
        var errors = reading.Errors.ToList();
        _stack.Add(file.RelativePath);
        var count = validator.CheckTree(reading.Plan, errors, this);
        _stack.RemoveAt(_stack.Count - 1);
        // Loops and runaway nesting are reported as themselves at every level up, not as "invalid sub-plan".
        if (errors.FirstOrDefault(e => e.Code is ErrorCodes.PlanSubPlanCycle or ErrorCodes.PlanSubPlanTooDeep) is { } structural)
        {
            return new Outcome(count, structural);
        }

        return errors.Count == 0 ? new Outcome(count, null) : Invalid(file, errors);
    }

    private static Outcome Invalid(WorkspacePath file, IReadOnlyList<ToolError> errors)
    {
        var first = errors.Take(3).Select(e => $"{(e.Pointer.Length == 0 ? "(root)" : e.Pointer)} [{e.Code}] {e.Message}");
        return new Outcome(0, ToolError.Create(ErrorCodes.PlanSubPlanInvalid, "",
            $"The sub-plan '{file.RelativePath}' is not valid ({errors.Count} problem(s)): {string.Join("; ", first)}",
            "Fix the sub-plan (validate_plan with its content shows every problem), store it again, then retry.").WithFound(file.RelativePath));
    }

    private sealed record Outcome(int Count, ToolError? Error);
}
