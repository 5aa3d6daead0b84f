using System.Text.Json;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Plans;

/// <summary>Validates plans: shape (<see cref="PlanReader"/>), names, paths, dependencies, and sub-plans, reporting
/// every problem in one pass, each with its JSON pointer. Reads sub-plan files; writes nothing.</summary>
/// <remarks>A plan given to validate or store also has each brick's template inputs checked (<see cref="IPlanBrickCheck"/>:
/// pack, add-ons, variables), so what scaffolding would refuse is refused at planning; a stored plan is read without
/// that check, so a pack removed later does not make the plan unreadable.</remarks>
public sealed class PlanValidator(ModuleGenWorkspace workspace, IPlanBrickCheck? brickCheck = null)
{
    private readonly PlanFiles _files = new(workspace);

    /// <summary>Validates a plan argument and reports what storing it would do.</summary>
    public Result<ValidatePlanResult> Validate(ValidatePlanRequest request) =>
        Check(request.Plan).Then(valid => _files.PlanPath(valid.Plan.Module).Map(path =>
        {
            var order = PlanOrder.Of(valid.Plan).Select(i => valid.Plan.Bricks[i].Name).ToArray();
            return new ValidatePlanResult(valid.Plan.Module, valid.Plan.Bricks.Count, valid.ExpandedBrickCount, valid.Revision, path.RelativePath, order);
        }));

    /// <summary>Validates a plan argument (a JSON object or a string holding one).</summary>
    public Result<ValidatedPlan> Check(JsonElement argument) => PlanInput.FromArgument(argument).Then(root => CheckElement(root, checkPacks: true));

    /// <summary>Validates the bytes of a stored plan file; problems (whose pointers point into the file) are prefixed with
    /// one plan.stored_invalid error naming the file.</summary>
    public Result<ValidatedPlan> CheckStored(byte[] utf8, WorkspacePath file)
    {
        var result = PlanInput.FromUtf8(utf8).Then(root => CheckElement(root, checkPacks: false));
        if (result.IsOk)
        {
            return result;
        }

        var lead = ToolError.Create(ErrorCodes.PlanStoredInvalid, "",
            $"The stored plan '{file.RelativePath}' (revision {PlanRevision.Of(utf8)}) is not valid; the problems below point into that file.",
            $"Fix the file by hand, or store a corrected plan with store_plan and expected_revision \"{PlanRevision.Of(utf8)}\".").WithFound(file.RelativePath);
        return Result<ValidatedPlan>.Fail([lead, .. result.Errors]);
    }

    /// <summary>Runs every rule on a read plan (and, through <paramref name="walk"/>, on its sub-plans); returns the
    /// number of bricks once sub-plans are expanded.</summary>
    internal int CheckTree(ModulePlan plan, List<ToolError> errors, SubPlanWalk walk)
    {
        PlanNameRules.Check(plan, errors);
        PlanPathRules.Check(plan, workspace.Guard.ForBatch(), errors);
        PlanDependencyRules.Check(plan, errors);
        return walk.Check(plan, errors);
    }

    private Result<ValidatedPlan> CheckElement(JsonElement root, bool checkPacks)
    {
        var reading = PlanReader.Read(root);
        var errors = reading.Errors.ToList();
        var walk = new SubPlanWalk(workspace, this);
        if (PlanNameRules.IsIdentifier(reading.Plan.Module) && _files.PlanPath(reading.Plan.Module) is { IsOk: true } own)
        {
            walk.Enter(own.Value.RelativePath);
        }

        var expanded = CheckTree(reading.Plan, errors, walk);
        if (checkPacks && brickCheck is not null && PlanNameRules.IsIdentifier(reading.Plan.Module))
        {
            for (var i = 0; i < reading.Plan.Bricks.Count; i++)
            {
                errors.AddRange(brickCheck.Check(reading.Plan.Module, reading.Plan.Bricks[i], PlanPointer.Brick(i)));
            }
        }

        if (expanded > PlanLimits.MaxBricks)
        {
            errors.Add(ToolError.Create(ErrorCodes.PlanTooManyBricks, "/bricks",
                $"With its sub-plans expanded the plan has {expanded} bricks; at most {PlanLimits.MaxBricks} are accepted.",
                "Reference fewer or smaller sub-plans.") with { Found = $"{expanded} bricks" });
        }

        if (errors.Count > 0)
        {
            return Result<ValidatedPlan>.Fail(errors);
        }

        var canonical = PlanJson.Canonical(reading.Plan);
        return Result<ValidatedPlan>.Ok(new ValidatedPlan(reading.Plan, expanded, canonical, PlanRevision.Of(canonical)));
    }
}
