using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Core.Updating;

/// <summary>Reports an update: the pack and versions, the inputs used, every file's change, and whether a person must
/// resolve anything.</summary>
/// <param name="Template">Pack name.</param>
/// <param name="FromVersion">The pack version the module was generated from.</param>
/// <param name="ToVersion">The pack version it is updated to.</param>
/// <param name="TargetDir">Workspace-relative module folder.</param>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="Variables">The values used, in declaration order.</param>
/// <param name="Addons">The add-ons used, sorted.</param>
/// <param name="Changes">One entry per file (and per marker block), in the order they are written.</param>
/// <param name="Counts">How many entries of each action.</param>
/// <param name="NeedsAttention">True when a conflict, a kept file or an agent's migration step needs attention.</param>
/// <param name="AnswersFile">Workspace-relative path of the answers file.</param>
/// <param name="Message">One sentence: what happened (or would).</param>
public sealed record UpdateResult(
    string Template,
    string FromVersion,
    string ToVersion,
    string TargetDir,
    bool DryRun,
    IReadOnlyList<ResolvedVariable> Variables,
    IReadOnlyList<string> Addons,
    IReadOnlyList<UpdateChange> Changes,
    IReadOnlyDictionary<string, int> Counts,
    bool NeedsAttention,
    string AnswersFile,
    string Message)
{
    /// <summary>Gets where the diffs are when they were too large to answer inline (an MCP resource the client reads on
    /// demand); the changes then carry none.</summary>
    public string? DiffsUri { get; init; }
    /// <summary>Gets the migration steps left to the agent and not yet marked done (with their instructions); null when none.</summary>
    public IReadOnlyList<PendingMigration>? PendingMigrations { get; init; }
}
