namespace ModuleGen.Core.Updating;

/// <summary>Reports update_module's check (every module against its pack, a dry run each) or its update of every module
/// that is behind (one transaction per module).</summary>
/// <param name="Mode">check or all.</param>
/// <param name="DryRun">True when nothing was written (always for check).</param>
/// <param name="Modules">One row per generated module and pack, ordered by folder then pack.</param>
/// <param name="Counts">How many modules are current, outdated, drifted, failed, blocked (earlier conflicts unresolved),
/// have conflicts, have agent steps pending, and were updated.</param>
/// <param name="NeedsAttention">True when any module needs a person or the agent.</param>
/// <param name="Message">One sentence on the whole.</param>
public sealed record UpdateManyResult(string Mode, bool DryRun, IReadOnlyList<ModuleUpdateStatus> Modules, IReadOnlyDictionary<string, int> Counts, bool NeedsAttention, string Message);
