using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Core.Updating;

/// <summary>Describes update_module's answer in every mode, for its output schema: one module's update or marked steps
/// (the fields of <see cref="UpdateResult"/>), or the check or update of every module (<see cref="UpdateManyResult"/>:
/// modules, with dry_run, counts, needs_attention and message shared). No answer is built from it.</summary>
public sealed record UpdateAnswer(
    string? Template,
    string? FromVersion,
    string? ToVersion,
    string? TargetDir,
    bool DryRun,
    IReadOnlyList<ResolvedVariable>? Variables,
    IReadOnlyList<string>? Addons,
    IReadOnlyList<UpdateChange>? Changes,
    IReadOnlyDictionary<string, int> Counts,
    bool NeedsAttention,
    string? AnswersFile,
    string Message,
    IReadOnlyList<PendingMigration>? PendingMigrations,
    IReadOnlyList<ModuleUpdateStatus>? Modules,
    string? DiffsUri);
