namespace ModuleGen.Core.Updating;

/// <summary>Reports update_module over every generated module: the check (a dry run each: where it stands against its
/// pack, whether its update merges cleanly) or the update of each one behind (one transaction per module).</summary>
/// <param name="DryRun">True for the check, when nothing was written.</param>
/// <param name="Modules">One row per generated module and pack, ordered by folder then pack.</param>
/// <param name="Counts">How many modules are current, outdated, drifted, failed, blocked (earlier conflicts unresolved),
/// have conflicts, have agent steps pending, and were updated.</param>
/// <param name="NeedsAttention">True when any module needs a person or the agent.</param>
/// <param name="Message">One sentence on the whole.</param>
public sealed record UpdateManyResult(bool DryRun, IReadOnlyList<ModuleUpdateStatus> Modules, IReadOnlyDictionary<string, int> Counts, bool NeedsAttention, string Message);
