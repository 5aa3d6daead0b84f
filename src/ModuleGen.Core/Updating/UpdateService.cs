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

    /// <summary>Plans the update and, unless it is a dry run, applies it.</summary>
    public Result<UpdateResult> Update(UpdateRequest request, CancellationToken cancellationToken = default)
    {
        if (request.DryRun)
        {
            return PlanAndApply(request, cancellationToken);
        }

        return _locks.Run(workspace, KeyedLocks.WorkspaceFiles, "update_module", () => PlanAndApply(request, cancellationToken), cancellationToken);
    }

    private Result<UpdateResult> PlanAndApply(UpdateRequest request, CancellationToken cancellationToken)
    {
        using var renders = TemplateSandbox.BudgetForCall(); // a pack's templates cannot keep the lock for long
        var style = request.Conflict switch
        {
            null or "" or "inline" => Result<ConflictStyle>.Ok(ConflictStyle.Inline),
            "rej" => Result<ConflictStyle>.Ok(ConflictStyle.Reject),
            _ => ToolError.Create(ErrorCodes.ArgumentInvalid, "/conflict", $"conflict must be inline or rej, not '{Preview.Of(request.Conflict)}'.", "Pass inline (markers in the file) or rej (a .rej file beside it).").WithFound(request.Conflict),
        };
        var target = Folder(request);
        if (!style.IsOk || !target.IsOk)
        {
            return Result<UpdateResult>.Fail(style.Errors.Concat(target.Errors).ToArray());
        }

        return Recorded(target.Value, request.Template)
            .Then(recorded => catalogue.Find(recorded.Pack, "/template").Then(pack =>
                AnswersRecords.Find(workspace, target.Value, pack.Manifest.Name, "/target_dir").Then(records =>
                    Plan(pack, target.Value, records, recorded, request, style.Value))))
            .Then(planned =>
            {
                if (request.DryRun)
                {
                    return Result<UpdateResult>.Ok(planned.Report(dryRun: true));
                }

                // A cancelled call stops here, before the commit; once the commit starts it completes and answers.
                cancellationToken.ThrowIfCancellationRequested();
                return Apply(planned);
            });
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

    private Result<PlannedUpdate> Plan(TemplatePack pack, WorkspacePath target, AnswersRecords.Location records, AnswersFile recorded, UpdateRequest request, ConflictStyle style)
    {
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

        var label = $"pack {pack.Manifest.Name} {pack.Manifest.Version}";
        var bases = new BaseLookup(records.PreviousBase, recorded, () => recorded.Version != pack.Manifest.Version ? null
            : scaffold.Render(pack, target, ConflictPolicy.Skip, records, recorded.Variables.Where(v => declared.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal),
                recorded.Addons.Where(known.Contains).ToArray()) is { IsOk: true } again ? again.Value : null);
        var (entries, writes) = UpdatePlanner.Plan(workspace, new UpdatePlanner.Inputs(target, recorded, bases.Of, style, label), rendered.Value.Set.Changes);
        AddInjections(rendered.Value.Set, entries, writes);

        var hashes = rendered.Value.Set.Changes.Where(c => c.Marker is null).Select(c => new KeyValuePair<string, string>(Relative(target, c.Path), c.Sha256)).ToArray();
        var renders = rendered.Value.Set.Changes.Where(c => c.Marker is null).Select(c => new KeyValuePair<string, string>(Relative(target, c.Path), c.NewText)).ToArray();
        var set = rendered.Value.Set with { FileHashes = hashes };
        var withRecords = AnswersRecords.Add(new ChangeSet([], [], hashes, set.Injections), records, (rendered.Value with { Set = set }).Answers(records.Recorded), new GeneratedBase(renders));
        foreach (var record in withRecords.Changes)
        {
            entries.Add(new UpdatePlanner.Entry(record.Path, record.Kind == ChangeKind.Unchanged ? UpdateAction.Unchanged : UpdateAction.Record, record.Reason, record.Source, null, record.OldText, record.NewText, [], false));
        }

        writes.AddRange(withRecords.Writes);
        return Result<PlannedUpdate>.Ok(new PlannedUpdate(rendered.Value, recorded.Version, entries, writes, records.Answers.RelativePath));
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
        return new FileTransaction(workspace, "the update", ErrorCodes.UpdateCommitFailed)
            .Commit(planned.Writes, id, _ => { })
            .Map(_ => planned.Report(dryRun: false));
    }

    private static string Relative(WorkspacePath target, string path) => target.RelativePath.Length == 0 ? path : path[(target.RelativePath.Length + 1)..];

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

    private sealed record PlannedUpdate(PlannedScaffold Rendered, string FromVersion, IReadOnlyList<UpdatePlanner.Entry> Entries, IReadOnlyList<PendingWrite> Writes, string AnswersPath)
    {
        public UpdateResult Report(bool dryRun)
        {
            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var action in Enum.GetValues<UpdateAction>())
            {
                counts[action.ToString().ToLowerInvariant()] = Entries.Count(e => e.Action == action);
            }

            var attention = Entries.Any(e => e.Attention);
            var changing = Entries.Count(e => e.Action is not (UpdateAction.Unchanged or UpdateAction.Keep));
            var conflicts = Entries.Count(e => e.Action == UpdateAction.Conflict);
            var message = changing == 0 && !attention ? "Nothing to do: the module is up to date."
                : changing == 0 ? "Nothing to change, but earlier conflicts or kept files still need attention (see the entries marked needs_attention)."
                : $"{(dryRun ? "Dry run: would change" : "Changed")} {changing} file(s)" +
                  (conflicts > 0 ? $"; {conflicts} file(s) have conflicts to resolve" : "") +
                  (attention ? "; the update needs attention (see the entries marked needs_attention)" : "") +
                  (dryRun ? ". Nothing was written." : ".");
            var pack = Rendered.Pack.Manifest;
            return new UpdateResult(pack.Name, FromVersion, pack.Version, Rendered.Target.RelativePath, dryRun, Rendered.Variables, Rendered.Addons,
                Entries.Select(e => e.ToChange(dryRun)).ToArray(), counts, attention, AnswersPath, message);
        }
    }
}
