using ModuleGen.Core.Common;
using ModuleGen.Core.Execution;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Renders a template pack into a target folder: validates add-ons and variables against the manifest,
/// computes the whole change set first, and then either returns it with diffs (dry run) or applies it transactionally
/// and writes the answers file. Running again with the same inputs changes nothing and says so.</summary>
/// <remarks>Applying holds <see cref="KeyedLocks.WorkspaceFiles"/> from reading the existing files to the last rename,
/// so concurrent scaffolds (of one module, or of two that inject into the same registry file) never lose an update.</remarks>
public sealed class ScaffoldService(ModuleGenWorkspace workspace, PackCatalogue catalogue, ITemplateEngine engine, KeyedLocks? locks = null, PlannedBricks? planned = null, IConflictMerger? merger = null)
{
    private readonly KeyedLocks _locks = locks ?? new KeyedLocks();

    /// <summary>Scaffolds; <paramref name="progress"/> hears about each file as it is written (or planned, in a dry run).</summary>
    public Result<ScaffoldResult> Scaffold(ScaffoldRequest request, IProgress<ScaffoldProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (request.DryRun)
        {
            return PlanAndApply(request, progress, cancellationToken);
        }

        return _locks.Run(workspace, KeyedLocks.WorkspaceFiles, "scaffold", () => PlanAndApply(request, progress, cancellationToken), cancellationToken);
    }

    /// <summary>Scaffolds like <see cref="Scaffold"/>, but waits for a busy workspace lock without holding a thread (the
    /// MCP host serves other calls meanwhile); the work under the lock is the same.</summary>
    public async Task<Result<ScaffoldResult>> ScaffoldAsync(ScaffoldRequest request, IProgress<ScaffoldProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (request.DryRun)
        {
            return PlanAndApply(request, progress, cancellationToken);
        }

        return await _locks.RunAsync(workspace, KeyedLocks.WorkspaceFiles, "scaffold", () => PlanAndApply(request, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private Result<ScaffoldResult> PlanAndApply(ScaffoldRequest request, IProgress<ScaffoldProgress>? progress, CancellationToken cancellationToken) =>
        WithPlan(request).Then(complete => PlanAndApplyComplete(complete, progress, cancellationToken));

    private Result<ScaffoldResult> PlanAndApplyComplete(ScaffoldRequest request, IProgress<ScaffoldProgress>? progress, CancellationToken cancellationToken)
    {
        using var renders = TemplateSandbox.BudgetForCall(); // a pack's templates cannot keep the lock for long
        var policy = ParsePolicy(request.OnConflict);
        var pack = catalogue.Find(request.Template);
        var target = string.IsNullOrWhiteSpace(request.TargetDir) ? ToolError.Missing("/target_dir", "target_dir") : workspace.Guard.Resolve(request.TargetDir, "/target_dir");
        if (!policy.IsOk || !pack.IsOk || !target.IsOk)
        {
            return Result<ScaffoldResult>.Fail(policy.Errors.Concat(pack.Errors).Concat(target.Errors).ToArray());
        }

        if (File.Exists(target.Value.FullPath))
        {
            return ToolError.Create(ErrorCodes.ScaffoldTargetNotDirectory, "/target_dir", $"'{target.Value.RelativePath}' is a file, not a folder.", "Choose a folder (it is created when missing).").WithFound(target.Value.RelativePath);
        }

        return Plan(pack.Value, target.Value, policy.Value, request).Then(planned =>
        {
            var id = ChangeSetId.Of(planned.Set.Writes);
            if (request.DryRun)
            {
                return Result<ScaffoldResult>.Ok(Report(planned, progress, dryRun: true, request.RecordDiffs) with { ChangeSetId = id });
            }

            if (ChangeSetId.Mismatch(request.ChangeSetId, id, "/change_set_id") is { } stale)
            {
                return stale;
            }

            // A cancelled call stops here, before the commit; once the commit starts it completes and answers.
            cancellationToken.ThrowIfCancellationRequested();
            // The apply of a previewed change set lists neither the values nor the files again: the dry run did, and the
            // id proves the same set was written (the counts and the message say how much).
            return Apply(planned, progress).Map(r => request.ChangeSetId is null ? r with { ChangeSetId = id } : r with { ChangeSetId = id, Variables = [], Changes = [] });
        });
    }

    private Result<PlannedScaffold> Plan(TemplatePack pack, WorkspacePath target, ConflictPolicy policy, ScaffoldRequest request)
    {
        var records = AnswersRecords.Find(workspace, target, pack.Manifest.Name, "/target_dir");
        if (!records.IsOk)
        {
            return Result<PlannedScaffold>.Fail(records.Errors);
        }

        return Render(pack, target, policy, records.Value, request.Variables, request.Addons ?? [])
            .Map(rendered => rendered with { Set = AnswersRecords.Add(rendered.Set, records.Value, rendered.Answers(records.Value.Recorded),
                AnswersRecords.BaseOf(rendered.Set, target, records.Value.PreviousBase)) });
    }

    /// <summary>Gets the template engine the scaffold renders with (update_module's migrations render with it too).</summary>
    internal ITemplateEngine Engine => engine;

    /// <summary>Renders the pack for the given inputs into a change set decided by <paramref name="policy"/>, without the
    /// records (update_module merges the files first, then adds them).</summary>
    internal Result<PlannedScaffold> Render(TemplatePack pack, WorkspacePath target, ConflictPolicy policy, AnswersRecords.Location records,
        IReadOnlyDictionary<string, object?> given, IReadOnlyList<string> requestedAddons)
    {
        return ScaffoldInputs.Resolve(workspace, engine, pack, target.RelativePath, records.Answers.RelativePath, records.Recorded, given, requestedAddons).Then(inputs =>
        {
            var context = new ScaffoldContext(workspace, engine, pack, inputs.Model, target, policy, records.Recorded) { Merger = merger };
            return FilePlanner.Plan(context)
                .Then(files => InjectionPlanner.Plan(context, files))
                .Map(set => new PlannedScaffold(pack, target, inputs.Variables, inputs.Addons, set, records.Answers.RelativePath, inputs.Model) { Notes = [.. inputs.Notes, .. set.Notes] });
        });
    }

    /// <summary>Completes a request that names a plan brick with the brick's template, folder, variables and add-ons;
    /// what the request gives wins (variables name by name), and a pack variable <c>module</c> the brick leaves out
    /// takes the plan's module name, as the plan check assumed.</summary>
    private Result<ScaffoldRequest> WithPlan(ScaffoldRequest request)
    {
        if (string.IsNullOrEmpty(request.Module) || planned is null)
        {
            return Result<ScaffoldRequest>.Ok(request);
        }

        return planned.Find(request.Module, request.Brick, b => b.Brick.Template is not null || BrickTypes.DefaultTemplate(b.Brick.Type) is not null, "has a template pack")
            .Then(found =>
            {
                var brick = found.Brick;
                var template = request.Template ?? brick.Template ?? BrickTypes.DefaultTemplate(brick.Type);
                if (template is null)
                {
                    return ToolError.Create(ErrorCodes.ArgumentInvalid, "/brick", $"The brick '{found.Name}' is of type '{brick.Type}': no template pack scaffolds it.",
                        "Write its files yourself in its target_dir and record the scaffold step done, or give the brick a template in the plan.").WithFound(found.Name);
                }

                return VariableValues.FromPlan(brick.Variables, "/variables").Map(fromPlan =>
                {
                    var variables = new Dictionary<string, object?>(fromPlan, StringComparer.Ordinal);
                    foreach (var (name, value) in request.Variables)
                    {
                        variables[name] = value;
                    }

                    var given = catalogue.Find(template) is { IsOk: true } pack ? PlanBrickCheck.Given(pack.Value, variables, found.Module) : variables;
                    return request with { Template = template, TargetDir = request.TargetDir ?? brick.TargetDir, Variables = given, Addons = request.Addons ?? brick.Addons ?? [] };
                });
            });
    }

    private Result<ScaffoldResult> Apply(PlannedScaffold planned, IProgress<ScaffoldProgress>? progress)
    {
        var conflicts = planned.Set.Changes.Where(c => c.Kind == ChangeKind.Conflict).ToArray();
        if (conflicts.Length > 0)
        {
            return Result<ScaffoldResult>.Fail(conflicts.Select(c => ToolError.Create(ErrorCodes.ScaffoldConflict, "/on_conflict",
                $"'{c.Path}' would change: {c.Reason}",
                "On a module ModuleGen generated, use update_module. Else review the change with dry_run=true, then pass on_conflict='merge' (keeps your lines and the pack's, marking overlaps; adopts a hand-made module), 'skip' or 'overwrite'.").WithFound(c.Path)).ToArray());
        }

        var writes = planned.Set.Writes;
        var written = writes.Select(w => w.Path.RelativePath).ToHashSet(StringComparer.Ordinal);
        var untouched = planned.Set.Changes.Where(c => !written.Contains(c.Path)).ToArray();
        var total = writes.Count + untouched.Length;
        var done = 0;
        var id = ContentHash.Of(string.Join("\n", writes.Select(w => $"{w.Path.RelativePath}\n{ContentHash.Of(w.Content)}")))[..16];
        var kinds = planned.Set.Changes.GroupBy(c => c.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Kind, StringComparer.Ordinal);
        var committed = new FileTransaction(workspace)
            .Commit(writes, id, w => progress?.Report(new ScaffoldProgress(++done, total, w.Path.RelativePath, kinds[w.Path.RelativePath])));
        if (committed.IsOk)
        {
            foreach (var change in untouched)
            {
                progress?.Report(new ScaffoldProgress(++done, total, change.Path, change.Kind));
            }
        }

        return committed.Map(_ => Report(planned, null, dryRun: false));
    }

    private static ScaffoldResult Report(PlannedScaffold planned, IProgress<ScaffoldProgress>? progress, bool dryRun, bool recordDiffs = false)
    {
        var changes = planned.Set.Changes;
        for (var i = 0; i < changes.Count && progress is not null; i++)
        {
            progress.Report(new ScaffoldProgress(i + 1, changes.Count, changes[i].Path, changes[i].Kind));
        }

        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            counts[kind.ToString().ToLowerInvariant()] = changes.Count(c => c.Kind == kind);
        }

        return new ScaffoldResult(planned.Pack.Manifest.Name, planned.Pack.Manifest.Version, planned.Target.RelativePath, dryRun, planned.Variables, planned.Addons,
            changes.Select(c => c.ToFileChange(dryRun, recordDiffs)).ToArray(), counts, planned.AnswersPath, Message(changes, dryRun))
        {
            Notes = planned.Notes.Count > 0 ? planned.Notes : null,
        };
    }

    private static string Message(IReadOnlyList<PlannedChange> changes, bool dryRun)
    {
        if (changes.All(c => c.Kind == ChangeKind.Unchanged))
        {
            return "Nothing to do: every file is unchanged.";
        }

        var writing = changes.Count(c => c.Kind is ChangeKind.Create or ChangeKind.Overwrite or ChangeKind.Inject or ChangeKind.Merge);
        var conflicts = changes.Count(c => c.Kind == ChangeKind.Conflict);
        return dryRun
            ? $"Dry run: {writing} file change(s) would be written{(conflicts > 0 ? $"; {conflicts} conflict(s) would refuse the scaffold under on_conflict=fail" : "")}. Nothing was written."
            : $"Wrote {writing} file change(s).";
    }

    private static Result<ConflictPolicy> ParsePolicy(string? text) => text switch
    {
        null or "" or "fail" => Result<ConflictPolicy>.Ok(ConflictPolicy.Fail),
        "skip" => Result<ConflictPolicy>.Ok(ConflictPolicy.Skip),
        "overwrite" => Result<ConflictPolicy>.Ok(ConflictPolicy.Overwrite),
        "merge" => Result<ConflictPolicy>.Ok(ConflictPolicy.Merge),
        _ => ToolError.Create(ErrorCodes.ArgumentInvalid, "/on_conflict", $"on_conflict must be fail, merge, skip or overwrite, not '{Preview.Of(text)}'.", "Pass fail, merge, skip or overwrite.").WithFound(text),
    };
}
