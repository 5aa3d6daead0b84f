using ModuleGen.Core.Common;
using ModuleGen.Core.Modules;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Updating;

/// <summary>Updates a generated module when its pack or its inputs change, the way copier's update does: re-renders the
/// pack from the recorded answers (with the requested changes) and merges each file three ways — the base (what
/// ModuleGen generated last time, from the base store beside the answers), ours (the file now) and theirs (the new
/// render). The dry run returns the merged change set with diffs; applying commits it through the scaffold's
/// transaction and records the new version, inputs, hashes and base. A second run changes nothing.</summary>
public sealed partial class UpdateService(ModuleGenWorkspace workspace, PackCatalogue catalogue, ScaffoldService scaffold, GeneratedModules modules, KeyedLocks? locks = null)
{
    private readonly KeyedLocks _locks = locks ?? new KeyedLocks();

    /// <summary>Plans the update and, unless it is a dry run, applies it; with <see cref="UpdateRequest.Done"/> it only
    /// records those agent migration steps as done.</summary>
    public Result<UpdateResult> Update(UpdateRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Done is { Count: > 0 } && (request.Variables.Count > 0 || request.Addons is not null))
        {
            return ToolError.Create(ErrorCodes.ArgumentInvalid, "/done", "done marks agent migration steps and does nothing else, so it cannot come with variables or addons.",
                "Call update_module once with done alone, and again for the update.");
        }

        return Update(request, _ => true, refuseUnresolved: true, cancellationToken).Map(r => r.Result);
    }

    /// <summary>Plans the update and applies it when <paramref name="apply"/> says so of the plan (update_module's
    /// "all" applies only modules that are behind); the plan comes back with the result. Unless
    /// <paramref name="refuseUnresolved"/>, conflicts left by an earlier update are listed in the plan instead of
    /// refusing it (and <paramref name="apply"/> decides).</summary>
    internal Result<(UpdateResult Result, PlannedUpdate Plan)> Update(UpdateRequest request, Func<PlannedUpdate, bool> apply, bool refuseUnresolved, CancellationToken cancellationToken)
    {
        if (request.DryRun)
        {
            return PlanAndApply(request, apply, refuseUnresolved, cancellationToken);
        }

        return _locks.Run(workspace, KeyedLocks.WorkspaceFiles, "update_module", () => PlanAndApply(request, apply, refuseUnresolved, cancellationToken), cancellationToken);
    }

    private Result<(UpdateResult, PlannedUpdate)> PlanAndApply(UpdateRequest request, Func<PlannedUpdate, bool> apply, bool refuseUnresolved, CancellationToken cancellationToken)
    {
        using var renders = TemplateSandbox.BudgetForCall(); // a pack's templates cannot keep the lock for long
        var style = request.Conflict switch
        {
            null or "" or "inline" => Result<ConflictStyle>.Ok(ConflictStyle.Inline),
            "diff3" => Result<ConflictStyle>.Ok(ConflictStyle.Diff3),
            "rej" => Result<ConflictStyle>.Ok(ConflictStyle.Reject),
            _ => ToolError.Create(ErrorCodes.ArgumentInvalid, "/conflict", $"conflict must be inline, diff3 or rej, not '{Preview.Of(request.Conflict)}'.",
                "Pass inline (markers in the file), diff3 (markers with the base section) or rej (a .rej file beside it).").WithFound(request.Conflict),
        };
        var target = Folder(request);
        if (!style.IsOk || !target.IsOk)
        {
            return Result<(UpdateResult, PlannedUpdate)>.Fail(style.Errors.Concat(target.Errors).ToArray());
        }

        return Recorded(target.Value, request.Template)
            .Then(recorded => catalogue.Find(recorded.Pack, "/template").Then(pack =>
                AnswersRecords.Find(workspace, target.Value, pack.Manifest.Name, "/target_dir").Then(records =>
                    request.Done is { Count: > 0 } done ? MarkDone(pack, target.Value, records, recorded, done, request.DryRun)
                    : PlanUnlessUnresolved(pack, target.Value, records, recorded, request, style.Value, refuseUnresolved))))
            .Then(planned =>
            {
                if (request.DryRun || !apply(planned))
                {
                    return Result<(UpdateResult, PlannedUpdate)>.Ok((planned.Report(dryRun: true), planned));
                }

                // A cancelled call stops here, before the commit; once the commit starts it completes and answers.
                cancellationToken.ThrowIfCancellationRequested();
                return Apply(planned).Map(result => (result, planned));
            });
    }

    private Result<PlannedUpdate> PlanUnlessUnresolved(TemplatePack pack, WorkspacePath target, AnswersRecords.Location records, AnswersFile recorded, UpdateRequest request,
        ConflictStyle style, bool refuse)
    {
        var unresolved = Unresolved(target, recorded);
        return unresolved.Count > 0 && refuse
            ? Result<PlannedUpdate>.Fail(unresolved)
            : Plan(pack, target, records, recorded, request, style).Map(p => p with { Unresolved = [.. unresolved.Select(e => e.Found!)] });
    }

    // An update over a file that still holds the conflicts of an earlier one would bury them under new ones: refused,
    // naming each file and the line of its first conflict.
    private List<ToolError> Unresolved(WorkspacePath target, AnswersFile recorded)
    {
        var errors = new List<ToolError>();
        foreach (var (relative, _) in recorded.AllFiles.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (workspace.Guard.Resolve(PathIn(target, relative), "") is { IsOk: true } path && ExistingFile.Read(path.Value, "") is { IsOk: true, Value: { } text } &&
                ConflictMarkers.Find(text) is { Count: > 0 } lines)
            {
                errors.Add(ToolError.Create(ErrorCodes.UpdateConflictsUnresolved, "/target_dir",
                    $"'{path.Value.RelativePath}' still holds {lines.Count} unresolved conflict(s) from an earlier update, the first at line {lines[0]}; a further update waits until they are resolved.",
                    "Keep the right lines and delete the <<<<<<<, |||||||, ======= and >>>>>>> marker lines, then run the update again.") with
                {
                    Found = $"{path.Value.RelativePath}:{lines[0]}",
                    Location = new SourceLocation(path.Value.RelativePath, lines[0], 1),
                });
            }
        }

        return errors;
    }

    private Result<WorkspacePath> Folder(UpdateRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.TargetDir))
        {
            return workspace.Guard.Resolve(request.TargetDir, "/target_dir");
        }

        if (string.IsNullOrWhiteSpace(request.Module))
        {
            return ToolError.Create(ErrorCodes.ArgumentMissing, "/target_dir", "Give target_dir (the module's folder) or module (its name).", "Pass target_dir, e.g. modules/orders.");
        }

        return modules.Find(request.Module, "/module", request.Brick).Then(m => workspace.Guard.Resolve(m.Folder.Length == 0 ? "." : m.Folder, "/module"));
    }

    // The answers file of the pack to update: the only one in the folder, or the one the request names.
    private Result<AnswersFile> Recorded(WorkspacePath folder, string? template)
    {
        var found = new List<AnswersFile>();
        foreach (var name in AnswersLocation.NamesIn(folder.FullPath))
        {
            var path = AnswersLocation.Resolve(workspace, folder, name, "/target_dir");
            var text = path.Then(p => ExistingFile.Read(p, "/target_dir"));
            if (!text.IsOk)
            {
                return Result<AnswersFile>.Fail(text.Errors);
            }

            if (text.Value is { } yaml && AnswersFileFormat.Read(yaml) is { Pack.Length: > 0 } answers)
            {
                found.Add(answers);
            }
            else
            {
                return ToolError.Create(ErrorCodes.ModuleAnswersInvalid, "/target_dir", $"'{path.Value.RelativePath}' is not a readable answers file.", "Restore it from version control.").WithFound(path.Value.RelativePath);
            }
        }

        var packs = string.Join(", ", found.Select(a => a.Pack));
        return found.Count switch
        {
            0 => ToolError.Create(ErrorCodes.UpdateNotGenerated, "/target_dir", $"'{Shown(folder)}' holds no {AnswersFile.FileName}: ModuleGen did not generate it, so there is nothing to update from.",
                "Pass the folder a scaffold generated (it holds .modulegen-answers.yaml), or scaffold it first.").WithFound(Shown(folder)),
            _ when template is not null => found.FirstOrDefault(a => a.Pack == template) is { } chosen ? Result<AnswersFile>.Ok(chosen)
                : ToolError.Create(ErrorCodes.UpdatePackAmbiguous, "/template", $"No pack '{Preview.Of(template)}' generated into '{Shown(folder)}'.", $"Packs recorded there: {packs}.").WithFound(template),
            1 => Result<AnswersFile>.Ok(found[0]),
            _ => ToolError.Create(ErrorCodes.UpdatePackAmbiguous, "/template", $"Several packs generated into '{Shown(folder)}' ({packs}); say which to update.", $"Pass template, one of: {packs}."),
        };
    }

    private Result<PlannedUpdate> Plan(TemplatePack pack, WorkspacePath target, AnswersRecords.Location records, AnswersFile before, UpdateRequest request, ConflictStyle style)
    {
        // The migrations between the recorded version and the pack's run first, on a view of the module: the new
        // render is merged over the files where they moved, with the answers as they were rewritten.
        var runner = new MigrationRunner(workspace, scaffold.Engine, pack, target);
        var migrated = runner.Run(before, records.PreviousBase);
        if (!migrated.IsOk)
        {
            return Result<PlannedUpdate>.Fail(migrated.Errors);
        }

        var recorded = migrated.Value.Recorded;

        // Recorded values the pack still declares, overridden by the request; add-ons the pack dropped are dropped.
        var declared = pack.Manifest.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var given = recorded.Variables.Where(v => declared.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        foreach (var (name, value) in request.Variables)
        {
            given[name] = value;
        }

        var known = pack.Manifest.Addons.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var addons = request.Addons ?? recorded.Addons.Where(known.Contains).ToArray();
        var rendered = scaffold.Render(pack, target, ConflictPolicy.Skip, records, given, addons);
        if (!rendered.IsOk)
        {
            return Result<PlannedUpdate>.Fail(rendered.Errors);
        }

        var packName = pack.Manifest.Name;
        var labels = new ConflictLabels($"yours (pack {packName} {before.Version}, edited)", $"base (pack {packName} {before.Version})", $"pack {packName} {pack.Manifest.Version}");
        var bases = new BaseLookup(migrated.Value.Base, recorded, () => recorded.Version != pack.Manifest.Version ? null
            : scaffold.Render(pack, target, ConflictPolicy.Skip, records, recorded.Variables.Where(v => declared.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal),
                recorded.Addons.Where(known.Contains).ToArray()) is { IsOk: true } again ? again.Value : null);
        var (entries, writes) = UpdatePlanner.Plan(workspace, new UpdatePlanner.Inputs(target, recorded, bases.Of, style, labels, migrated.Value.Overlay), rendered.Value.Set.Changes);
        entries.InsertRange(0, migrated.Value.Entries);
        AddInjections(rendered.Value.Set, entries, writes);

        var hashes = rendered.Value.Set.Changes.Where(c => c.Marker is null).Select(c => new KeyValuePair<string, string>(Relative(target, c.Path), c.Sha256)).ToArray();
        var renders = rendered.Value.Set.Changes.Where(c => c.Marker is null).Select(c => new KeyValuePair<string, string>(Relative(target, c.Path), c.NewText)).ToArray();
        var set = rendered.Value.Set with { FileHashes = hashes };
        var answers = (rendered.Value with { Set = set }).Answers(records.Recorded) with { Migrations = recorded.Migrations };
        var withRecords = AnswersRecords.Add(new ChangeSet([], [], hashes, set.Injections), records, answers, new GeneratedBase(renders));
        foreach (var record in withRecords.Changes)
        {
            entries.Add(new UpdatePlanner.Entry(record.Path, record.Kind == ChangeKind.Unchanged ? UpdateAction.Unchanged : UpdateAction.Record, record.Reason, record.Source, null, record.OldText, record.NewText, [], false));
        }

        writes.AddRange(withRecords.Writes);
        var pending = recorded.Migrations.Where(m => m.Status == AnswersMigration.Pending)
            .Select(m => migrated.Value.Added.FirstOrDefault(a => a.Id == m.Id) ?? runner.Describe(m, recorded)).ToArray();
        var state = PackFreshness.Of(before.Version, pack.Manifest.Version, hashes, recorded.Files);
        return Result<PlannedUpdate>.Ok(new PlannedUpdate(rendered.Value, before.Version, entries, writes, records.Answers.RelativePath, state)
        {
            Migrations = migrated.Value.Applied,
            Pending = pending,
        });
    }

    // Marker blocks: unedited ones are refreshed in place; one edited by hand is kept and flagged.
    private static void AddInjections(ChangeSet set, List<UpdatePlanner.Entry> entries, List<PendingWrite> writes)
    {
        var targets = set.Changes.Where(c => c.Marker is not null).Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var change in set.Changes.Where(c => c.Marker is not null))
        {
            var (action, attention) = change.Kind switch
            {
                ChangeKind.Inject => (UpdateAction.Inject, false),
                ChangeKind.Skip => (UpdateAction.Keep, true),
                _ => (UpdateAction.Unchanged, false),
            };
            entries.Add(new UpdatePlanner.Entry(change.Path, action, change.Reason.Replace("on_conflict=skip keeps it", "update keeps it; merge the pack's change by hand", StringComparison.Ordinal),
                change.Source, change.Marker, change.OldText, change.NewText, [], attention));
        }

        writes.AddRange(set.Writes.Where(w => targets.Contains(w.Path.RelativePath)));
    }

    private Result<UpdateResult> Apply(PlannedUpdate planned)
    {
        var id = ContentHash.Of(string.Join("\n", planned.Writes.Select(w => $"{w.Path.RelativePath}\n{(w.Delete ? "delete" : ContentHash.Of(w.Content))}")))[..16];
        var committed = new FileTransaction(workspace, "the update", ErrorCodes.UpdateCommitFailed).Commit(planned.Writes, id, _ => { });
        if (committed.IsOk)
        {
            RemoveEmptiedFolders(planned);
        }

        return committed.Map(_ => planned.Report(dryRun: false));
    }

    // Folders inside the module that the update's deletions and moves left empty go too, deepest first, as git removes
    // the folders of files it deletes; a folder that still holds anything (a bytecode cache, say) stays. After the commit,
    // so a crash at worst leaves an empty folder.
    private void RemoveEmptiedFolders(PlannedUpdate planned)
    {
        var module = planned.Rendered.Target.RelativePath;
        var folders = planned.Writes.Where(w => w.Delete).Select(w => w.Path.RelativePath)
            .SelectMany(path => Parents(path).TakeWhile(f => f.Length > module.Length && (module.Length == 0 || f.StartsWith(module + "/", StringComparison.Ordinal))))
            .Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Count(c => c == '/')).ThenBy(f => f, StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            try
            {
                workspace.Writer.Files.DeleteEmptyFolder(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left as it is: an empty folder costs nothing, and the update itself is committed.
            }
        }
    }

    private static IEnumerable<string> Parents(string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            yield return path[..slash];
        }
    }

    private static string Relative(WorkspacePath target, string path) => target.RelativePath.Length == 0 ? path : path[(target.RelativePath.Length + 1)..];

    private static string PathIn(WorkspacePath target, string relative) => target.RelativePath.Length == 0 ? relative : $"{target.RelativePath}/{relative}";

    private static string Shown(WorkspacePath folder) => folder.RelativePath.Length == 0 ? "." : folder.RelativePath;

    /// <summary>Finds the base of a file: the base store's copy when its hash is the recorded one; else, when the pack
    /// version is unchanged, the current pack rendered from the recorded inputs, if that render has the recorded hash.</summary>
    private sealed class BaseLookup(GeneratedBase? stored, AnswersFile recorded, Func<PlannedScaffold?> rerender)
    {
        private IReadOnlyDictionary<string, string>? _rerendered;

        public string? Of(string relative)
        {
            var hash = recorded.Files.FirstOrDefault(f => f.Key == relative).Value;
            if (hash is null)
            {
                return null;
            }

            if (stored?.TextOf(relative, hash) is { } copy)
            {
                return copy;
            }

            _rerendered ??= rerender() is { } again
                ? again.Set.Changes.Where(c => c.Marker is null).ToDictionary(c => Relative(again.Target, c.Path), c => c.NewText, StringComparer.Ordinal)
                : new Dictionary<string, string>();
            return _rerendered.TryGetValue(relative, out var text) && ContentHash.Of(text) == hash ? text : null;
        }
    }
}
