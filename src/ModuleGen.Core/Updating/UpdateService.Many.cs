using ModuleGen.Core.Common;
using ModuleGen.Core.Context;

namespace ModuleGen.Core.Updating;

/// <summary>Checks every generated module against its pack, and updates every one that is behind: update_module without
/// a target (a dry run is the check), `modulegen update --check` and `--all`. Each module is one dry run (check) or one transaction (all),
/// so one that fails or conflicts does not hold back the others.</summary>
public sealed partial class UpdateService
{
    private static readonly IReadOnlyDictionary<string, object?> s_noChanges = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Lists every generated module (or the one given) with where it stands against its pack and whether its
    /// update would merge cleanly; writes nothing.</summary>
    public Result<UpdateManyResult> Check(string? targetDir, string? module, IProgress<UpdateProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Units(targetDir, module).Map(units => Run(units, dryRun: true, conflict: null, progress, cancellationToken));

    /// <summary>Updates every generated module that is outdated or drifted, each in its own transaction; modules whose
    /// earlier conflicts are unresolved are left as they are and listed. A dry run is the check of every module.</summary>
    public Result<UpdateManyResult> UpdateAll(string? conflict, bool dryRun, IProgress<UpdateProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Units(null, null).Map(units => Run(units, dryRun, conflict, progress, cancellationToken));

    private UpdateManyResult Run(IReadOnlyList<Tracked> units, bool dryRun, string? conflict, IProgress<UpdateProgress>? progress, CancellationToken cancellationToken)
    {
        var rows = new List<ModuleUpdateStatus>();
        foreach (var unit in units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = unit.Failure is { } failure ? Failed(unit, failure) : Row(unit, Update(
                new UpdateRequest(unit.Folder.Length == 0 ? "." : unit.Folder, null, unit.Pack, s_noChanges, null, dryRun, conflict),
                plan => plan.State is ModuleState.Outdated or ModuleState.Drifted && plan.Unresolved.Count == 0, refuseUnresolved: false, cancellationToken));
            rows.Add(row);
            progress?.Report(new UpdateProgress(rows.Count, units.Count, unit.Name, Outcome(row)));
        }

        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var state in Enum.GetValues<ModuleState>())
        {
            counts[state.ToString().ToLowerInvariant()] = rows.Count(r => r.State == state);
        }

        counts["blocked"] = rows.Count(r => r.Unresolved is not null);
        counts["conflicts"] = rows.Count(r => r.Conflicts > 0);
        counts["pending"] = rows.Count(r => r.PendingMigrations is not null);
        counts["updated"] = rows.Count(r => r.Updated);
        var behind = counts["outdated"] + counts["drifted"];
        var message = dryRun
            ? $"{rows.Count} generated module(s): {behind} behind their pack ({counts["outdated"]} outdated, {counts["drifted"]} drifted), {counts["current"]} current, {counts["failed"]} failed" +
              $"; {rows.Count(r => r.State is ModuleState.Outdated or ModuleState.Drifted && r.Clean)} would update cleanly, {counts["conflicts"]} would conflict, {counts["blocked"]} are blocked by unresolved conflicts."
            : $"Updated {rows.Count(r => r.Updated)} of {rows.Count} generated module(s)" +
              $"; {counts["conflicts"]} with conflicts, {counts["blocked"]} blocked by unresolved conflicts, {counts["pending"]} with agent steps pending, {counts["failed"]} failed.";
        return new UpdateManyResult(dryRun, rows, counts, rows.Any(r => r.NeedsAttention), message);
    }

    private static ModuleUpdateStatus Row(Tracked unit, Result<(UpdateResult Result, PlannedUpdate Plan)> outcome)
    {
        if (!outcome.IsOk)
        {
            return Failed(unit, outcome.Errors);
        }

        var (result, plan) = outcome.Value;
        var applied = !result.DryRun;
        var blocked = plan.Unresolved.Count > 0 && plan.State != ModuleState.Current;
        var attention = plan.Conflicts > 0 || plan.Unresolved.Count > 0 || plan.Pending.Count > 0 || plan.Entries.Any(e => e.Attention);
        var versions = $"{result.Template} {result.FromVersion} → {result.ToVersion}";
        var merge = plan.Conflicts > 0 ? $"{plan.FileChanges} file(s), {plan.Conflicts} with conflicts" : $"{plan.FileChanges} file(s) cleanly";
        var message = (plan.State, applied) switch
        {
            (ModuleState.Current, _) => $"Up to date with {result.Template} {result.ToVersion}.",
            _ when blocked => $"Behind ({versions}), but earlier conflicts are unresolved at {string.Join(", ", plan.Unresolved)}; resolve them before updating.",
            (_, true) => plan.FileChanges > 0 ? $"Updated {versions}: {merge}." : $"Updated {versions}: no file changes, the answers record the new version.",
            (ModuleState.Drifted, _) => $"The pack renders other files than it recorded at {result.FromVersion}; the update would change {merge}.",
            _ => $"{versions} available; the update would change {merge}.",
        } + (plan.Pending.Count > 0 ? $" Agent migration steps not done: {string.Join(", ", plan.Pending.Select(p => p.Id))}." : "");
        return new ModuleUpdateStatus(unit.Name, plan.Rendered.Target.RelativePath, result.Template, result.FromVersion, result.ToVersion, plan.State,
            plan.Conflicts == 0 && plan.Unresolved.Count == 0, plan.FileChanges, plan.Conflicts, applied && plan.Writes.Count > 0, attention, message)
        {
            Migrations = plan.Migrations.Count > 0 ? plan.Migrations : null,
            PendingMigrations = plan.Pending.Count > 0 ? [.. plan.Pending.Select(p => p.Id)] : null,
            Unresolved = plan.Unresolved.Count > 0 ? plan.Unresolved : null,
        };
    }

    private static ModuleUpdateStatus Failed(Tracked unit, IReadOnlyList<ToolError> errors) =>
        new(unit.Name, unit.Folder, unit.Pack ?? "", unit.Version ?? "", "", ModuleState.Failed, false, 0, 0, false, true, errors[0].Message)
        {
            Errors = [.. errors.Take(5)],
        };

    private static string Outcome(ModuleUpdateStatus row) =>
        row.State == ModuleState.Failed ? "failed"
        : row.Unresolved is not null && row.State != ModuleState.Current ? "blocked"
        : row.Updated ? row.Conflicts > 0 ? "updated with conflicts" : "updated"
        : row.State.ToString().ToLowerInvariant();

    // Every answers file of every generated module folder (several packs may share one), or of the one folder asked for.
    private Result<IReadOnlyList<Tracked>> Units(string? targetDir, string? module)
    {
        Result<IReadOnlyList<(string Name, string Path)>> folders = targetDir is not null || module is not null
            ? Folder(new UpdateRequest(targetDir, module, null, s_noChanges, null)).Map(f => (IReadOnlyList<(string, string)>)[(f.RelativePath.Length == 0 ? "." : f.RelativePath[(f.RelativePath.LastIndexOf('/') + 1)..], f.RelativePath)])
            : ModuleLocator.Find(workspace).Map(all => (IReadOnlyList<(string, string)>)all.Where(m => m.Generated).Select(m => (m.Name, m.Path)).ToArray());
        return folders.Map(found => (IReadOnlyList<Tracked>)found
            .SelectMany(folder => modules.ReadFolderAll(folder.Name, folder.Path, "/target_dir").Select(read => read.IsOk
                ? new Tracked(folder.Name, read.Value.Folder, read.Value.Answers.Pack, read.Value.Answers.Version, null)
                : new Tracked(folder.Name, folder.Path, null, null, read.Errors)))
            .DistinctBy(u => (u.Folder, u.Pack))
            .OrderBy(u => u.Folder, StringComparer.Ordinal).ThenBy(u => u.Pack, StringComparer.Ordinal)
            .ToArray());
    }

    /// <summary>Is one answers file to check or update, or the reason it cannot be read.</summary>
    private sealed record Tracked(string Name, string Folder, string? Pack, string? Version, IReadOnlyList<ToolError>? Failure);
}
