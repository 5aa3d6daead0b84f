using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Carries what every planning step of one scaffold needs: the workspace, the engine, the pack, the model
/// (variables, add-ons, pack, target_dir), the target folder, the conflict policy and the target's earlier answers.</summary>
internal sealed record ScaffoldContext(
    ModuleGenWorkspace Workspace,
    ITemplateEngine Engine,
    TemplatePack Pack,
    IReadOnlyDictionary<string, object?> Model,
    WorkspacePath Target,
    ConflictPolicy Policy,
    AnswersFile? Recorded)
{
    public string ManifestLabel => $"{Pack.Label}/{PackManifestLoader.FileName}";

    /// <summary>Gets the merge on_conflict=merge uses.</summary>
    public IConflictMerger? Merger { get; init; }

    /// <summary>Gets the guard for this one plan's destinations: each folder on the way is probed for links once, not
    /// once per file (nothing is written while planning).</summary>
    public PathGuard Guard { get; } = Workspace.Guard.ForBatch();

    /// <summary>Evaluates a manifest condition (null: always) over the model. The pack's loader has already refused
    /// conditions that do not parse, name undeclared values or fail on typed sample values.</summary>
    public bool Holds(TemplateCondition? condition) => condition is null || condition.Evaluate(Model, ManifestLabel) is { IsOk: true, Value: true };
}
