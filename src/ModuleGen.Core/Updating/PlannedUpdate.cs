using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Updating;

/// <summary>Is an update computed up to the point of writing: the render, every entry and write, where the module stood
/// against its pack, the migrations it runs and the agent's steps still to do.</summary>
internal sealed record PlannedUpdate(PlannedScaffold Rendered, string FromVersion, IReadOnlyList<UpdatePlanner.Entry> Entries, IReadOnlyList<PendingWrite> Writes,
    string AnswersPath, ModuleState State)
{
    /// <summary>Gets the migrations the update runs, as "id (version)".</summary>
    public IReadOnlyList<string> Migrations { get; init; } = [];

    /// <summary>Gets the agent's migration steps that are (or, once applied, will be) pending.</summary>
    public IReadOnlyList<PendingMigration> Pending { get; init; } = [];

    /// <summary>Gets the conflicts an earlier update left unresolved, as "path:line" (listed by update_module's check).</summary>
    public IReadOnlyList<string> Unresolved { get; init; } = [];

    /// <summary>Gets the version the module is at afterwards, when it is not the pack's (marking steps done updates nothing).</summary>
    public string? ToVersion { get; init; }

    /// <summary>Gets the message, when the plan says it better than the entries do.</summary>
    public string? Summary { get; init; }

    /// <summary>Gets how many entries change a file (not counting the records).</summary>
    public int FileChanges => Entries.Count(e => e.Action is not (UpdateAction.Unchanged or UpdateAction.Keep or UpdateAction.Record));

    /// <summary>Gets how many files are left with conflicts.</summary>
    public int Conflicts => Entries.Count(e => e.Action == UpdateAction.Conflict);

    /// <summary>Reports the plan (dry run) or what was written.</summary>
    public UpdateResult Report(bool dryRun)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var action in Enum.GetValues<UpdateAction>())
        {
            counts[action.ToString().ToLowerInvariant()] = Entries.Count(e => e.Action == action);
        }

        var attention = Entries.Any(e => e.Attention) || Pending.Count > 0;
        var changing = Entries.Count(e => e.Action is not (UpdateAction.Unchanged or UpdateAction.Keep));
        var agent = Pending.Count > 0 ? $" {Pending.Count} migration step(s) for the agent are not done (pending_migrations): do each, then call update_module with its id in done." : "";
        var message = changing == 0 && !attention ? "Nothing to do: the module is up to date."
            : changing == 0 ? "Nothing to change, but earlier conflicts, kept files or migration steps still need attention (see needs_attention and pending_migrations)." + agent
            : $"{(dryRun ? "Dry run: would change" : "Changed")} {changing} file(s)" +
              (Migrations.Count > 0 ? $" through migration(s) {string.Join(", ", Migrations)} and the new render" : "") +
              (Conflicts > 0 ? $"; {Conflicts} file(s) have conflicts to resolve" : "") +
              (Entries.Any(e => e.Attention) ? "; the update needs attention (see the entries marked needs_attention)" : "") +
              (dryRun ? ". Nothing was written." : ".") + agent;
        var pack = Rendered.Pack.Manifest;
        return new UpdateResult(pack.Name, FromVersion, ToVersion ?? pack.Version, Rendered.Target.RelativePath, dryRun, Rendered.Variables, Rendered.Addons,
            Entries.Select(e => e.ToChange(dryRun)).ToArray(), counts, attention, AnswersPath, Summary ?? message)
        {
            PendingMigrations = Pending.Count > 0 ? Pending : null,
        };
    }
}
