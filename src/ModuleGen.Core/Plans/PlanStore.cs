using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Plans;

/// <summary>Persists plans as canonical JSON at &lt;paths.plans&gt;/&lt;module&gt;.json with optimistic concurrency,
/// keeping every replaced revision in &lt;module&gt;.revisions/; loads and lists them.</summary>
/// <remarks>
/// Storing rules, checked under a per-module lock so concurrent calls serialise:
/// <list type="bullet">
/// <item>the same content as the stored plan succeeds without writing (retries are harmless), whatever
/// expected_revision says;</item>
/// <item>no plan yet: expected_revision must be omitted;</item>
/// <item>a plan exists: expected_revision must equal its revision; omitting it is a conflict that tells the caller
/// to load_plan first, so a plan is never replaced blindly.</item>
/// </list>
/// The replaced file is copied to the revisions folder and the new one renamed into place in one journaled commit
/// (<see cref="FileTransaction"/>), so a crash leaves either the old plan or the new one with its kept revision, never a
/// revision without its plan, and no revision is ever lost. The per-module lock is an OS lock: two server processes
/// (or the CLI beside a server) storing one plan serialise too.
/// <para>Replacing a plan lets <see cref="IPlanRevisionFollower"/> keep the recipe's progress of the bricks the new
/// revision leaves unchanged; the result names the steps it reset.</para>
/// </remarks>
public sealed partial class PlanStore(ModuleGenWorkspace workspace, PlanValidator validator, KeyedLocks locks, IPlanRevisionFollower? follower = null)
{
    private readonly PlanFiles _files = new(workspace);

    /// <summary>Validates and stores a plan; nothing is written when it is refused.</summary>
    public Result<StorePlanResult> Store(StorePlanRequest request, CancellationToken cancellationToken = default)
    {
        var checkedPlan = validator.Check(request.Plan);
        if (request.ExpectedRevision is { } expected && !PlanRevision.IsWellFormed(expected))
        {
            var malformed = ToolError.Create(ErrorCodes.ArgumentInvalid, "/expected_revision",
                $"'{Preview.Of(expected)}' is not a plan revision.",
                "Pass the revision exactly as load_plan or list_plans returned it (\"sha256:\" and 16 hex digits), or omit it to create a new plan.").WithFound(expected);
            return Result<StorePlanResult>.Fail([.. checkedPlan.Errors, malformed]);
        }

        return checkedPlan.Then(valid => _files.PlanPath(valid.Plan.Module).Then(path =>
        {
            return locks.Run(workspace, LockKey(valid.Plan.Module), "store_plan", () => CompareAndWrite(valid, path, request.ExpectedRevision), cancellationToken);
        }));
    }

    /// <summary>Loads a stored plan, validated; used by every service that works from a plan.</summary>
    public Result<StoredPlan> LoadStored(string? module) =>
        ModuleNameParser.Parse(module).Then(names => _files.PlanPath(names.Snake).Then(path =>
        {
            if (!File.Exists(path.FullPath))
            {
                return ToolError.Create(ErrorCodes.PlanNotFound, "/module", $"No plan is stored for '{names.Snake}' (looked at '{path.RelativePath}').",
                    "Store one with store_plan first; list_plans shows the stored plans.").WithFound(module);
            }

            return LoadFile(path, names.Snake);
        }));

    private Result<StoredPlan> LoadFile(WorkspacePath path, string module) =>
        PlanFiles.ReadBounded(path, "/module").Then(bytes => validator.CheckStored(bytes, path).Then(valid =>
            string.Equals(valid.Plan.Module, module, StringComparison.Ordinal)
                ? Result<StoredPlan>.Ok(new StoredPlan(valid.Plan, PlanRevision.Of(bytes), path))
                : ToolError.Create(ErrorCodes.PlanStoredInvalid, "/module",
                    $"The file '{path.RelativePath}' holds the plan of module '{valid.Plan.Module}', not '{module}'.",
                    "Rename the file after the module it holds, or store the right plan with store_plan.").WithFound(valid.Plan.Module)));

    private Result<StorePlanResult> CompareAndWrite(ValidatedPlan valid, WorkspacePath path, string? expected)
    {
        var module = valid.Plan.Module;
        var current = File.Exists(path.FullPath) ? PlanFiles.ReadBounded(path, "") : null;
        if (current is { IsOk: false })
        {
            return Result<StorePlanResult>.Fail(current.Errors);
        }

        var currentBytes = current?.Value;
        var currentRevision = currentBytes is null ? null : PlanRevision.Of(currentBytes);
        if (currentBytes is not null && currentBytes.AsSpan().SequenceEqual(valid.Canonical))
        {
            return Result<StorePlanResult>.Ok(new StorePlanResult(module, valid.Revision, currentRevision, path.RelativePath, false, valid.Plan.Bricks.Count, null));
        }

        if (Conflict(module, currentRevision, expected) is { } conflict)
        {
            return conflict;
        }

        // The kept revision and the new plan are one journaled commit: a crash between them leaves neither (no empty or
        // orphan revisions folder), and the next process undoes a half-done one before anything else is stored.
        var writes = new List<PendingWrite>();
        string? kept = null;
        if (currentBytes is not null)
        {
            var revisionPath = _files.RevisionPath(module, currentRevision!);
            if (!revisionPath.IsOk)
            {
                return Result<StorePlanResult>.Fail(revisionPath.Errors);
            }

            kept = revisionPath.Value.RelativePath;
            if (!File.Exists(revisionPath.Value.FullPath))
            {
                writes.Add(new PendingWrite(revisionPath.Value, "", null) { Bytes = currentBytes });
            }
        }

        var reset = Follow(currentBytes, currentRevision, valid, path);
        if (!reset.IsOk)
        {
            return Result<StorePlanResult>.Fail(reset.Errors);
        }

        var canonical = System.Text.Encoding.UTF8.GetString(valid.Canonical);
        writes.Add(new PendingWrite(path, canonical, currentBytes is null ? null : FileTransaction.TextOf(currentBytes)) { Bytes = valid.Canonical });
        return new FileTransaction(workspace, $"the plan of '{module}'", ErrorCodes.WriteFailed).Commit(writes, $"plan-{PlanRevision.Hex(valid.Revision)}", _ => { }).Map(_ =>
            new StorePlanResult(module, valid.Revision, currentRevision, path.RelativePath, true, valid.Plan.Bricks.Count, kept) { Reset = reset.Value });
    }

    // The recipe's progress follows the plan to its new revision (before the plan is written: a failure leaves the old
    // plan and, at worst, a run log of a revision that never was).
    private Result<IReadOnlyList<StepReset>> Follow(byte[]? previousBytes, string? previousRevision, ValidatedPlan valid, WorkspacePath path)
    {
        if (follower is null || previousBytes is null || validator.CheckStored(previousBytes, path) is not { IsOk: true } previous)
        {
            return Result<IReadOnlyList<StepReset>>.Ok([]);
        }

        return follower.Follow(new StoredPlan(previous.Value.Plan, previousRevision!, path), new StoredPlan(valid.Plan, valid.Revision, path), CancellationToken.None);
    }

    private static ToolError? Conflict(string module, string? current, string? expected)
    {
        if (current is null && expected is not null)
        {
            return ToolError.Create(ErrorCodes.PlanRevisionConflict, "/expected_revision",
                $"No plan is stored for '{module}', so it cannot be at revision {expected}.",
                "Omit expected_revision to create the plan, or check the module name.").WithFound(expected);
        }

        if (current is not null && expected is null)
        {
            return ToolError.Create(ErrorCodes.PlanRevisionConflict, "/expected_revision",
                $"A different plan for '{module}' is already stored at revision {current}; storing without expected_revision would replace it blindly.",
                $"Call load_plan to see the stored plan, then store again with expected_revision \"{current}\".") with { Found = "(omitted)" };
        }

        if (current is not null && !string.Equals(current, expected, StringComparison.Ordinal))
        {
            return ToolError.Create(ErrorCodes.PlanRevisionConflict, "/expected_revision",
                $"The stored plan for '{module}' is at revision {current}, not {expected}: it changed since you read it.",
                $"Call load_plan to see the current plan, merge your change into it, then store with expected_revision \"{current}\".").WithFound(expected);
        }

        return null;
    }

    private static string LockKey(string module) => "plan:" + module;
}
