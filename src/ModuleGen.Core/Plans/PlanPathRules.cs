using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Plans;

/// <summary>Checks every path a plan names through the workspace's <see cref="PathGuard"/>: contract_path,
/// spec_path, target_dir, plan, and each of files (which must also stay inside the brick's target_dir); and refuses
/// two bricks that share one target_dir.</summary>
internal static class PlanPathRules
{
    public static void Check(ModulePlan plan, PathGuard guard, List<ToolError> errors)
    {
        var targets = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Bricks.Count; i++)
        {
            var brick = plan.Bricks[i];
            Resolve(guard, brick.ContractPath, PlanPointer.Brick(i, "contract_path"), errors);
            Resolve(guard, brick.SpecPath, PlanPointer.Brick(i, "spec_path"), errors);
            if (brick.SubPlan is { } subPlan)
            {
                Resolve(guard, subPlan, PlanPointer.Brick(i, "plan"), errors);
            }

            if (Resolve(guard, brick.TargetDir, PlanPointer.Brick(i, "target_dir"), errors) is not { } target)
            {
                continue;
            }

            if (!targets.TryAdd(target.RelativePath, i))
            {
                errors.Add(ToolError.Create(ErrorCodes.PlanTargetDirShared, PlanPointer.Brick(i, "target_dir"),
                    $"Brick {i} ('{brick.Name}') uses the target_dir '{target.RelativePath}' of brick {targets[target.RelativePath]}; each brick needs its own folder.",
                    $"Give the brick its own folder, e.g. '{target.RelativePath}/{(brick.Name.Length > 0 ? brick.Name : "part")}' or a sibling of it.").WithFound(brick.TargetDir));
            }

            CheckFiles(brick, target, guard, i, errors);
        }
    }

    private static void CheckFiles(PlanBrick brick, WorkspacePath target, PathGuard guard, int index, List<ToolError> errors)
    {
        var files = brick.Files ?? [];
        for (var k = 0; k < files.Count; k++)
        {
            var pointer = $"{PlanPointer.Brick(index, "files")}/{k}";
            var file = files[k].Replace('\\', '/');
            if (file.StartsWith('/') || (file.Length >= 2 && file[1] == ':'))
            {
                errors.Add(OutsideTarget(pointer, files[k], target, "is absolute"));
                continue;
            }

            if (Resolve(guard, $"{target.RelativePath}/{file}", pointer, errors) is { } resolved &&
                !resolved.RelativePath.StartsWith(target.RelativePath + "/", StringComparison.Ordinal))
            {
                errors.Add(OutsideTarget(pointer, files[k], target, "leaves the brick's target_dir"));
            }
        }
    }

    private static WorkspacePath? Resolve(PathGuard guard, string path, string pointer, List<ToolError> errors)
    {
        if (path.Length == 0)
        {
            return null;
        }

        var resolved = guard.Resolve(path, pointer);
        if (!resolved.IsOk)
        {
            errors.AddRange(resolved.Errors);
            return null;
        }

        return resolved.Value;
    }

    private static ToolError OutsideTarget(string pointer, string file, WorkspacePath target, string why) =>
        ToolError.Create(ErrorCodes.PlanFileOutsideTarget, pointer,
            $"The expected file '{Preview.Of(file)}' {why}; files are listed relative to the brick's target_dir '{target.RelativePath}'.",
            "List the file relative to target_dir, without a leading '/' or '..', e.g. \"core.py\" or \"tests/test_core.py\".").WithFound(file);
}
