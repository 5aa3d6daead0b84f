namespace ModuleGen.Core.Scaffolding;

/// <summary>Asks to render a template pack into a target folder.</summary>
/// <param name="Template">The pack name.</param>
/// <param name="TargetDir">Workspace-relative folder the pack's files are generated in.</param>
/// <param name="Variables">Variable values: strings, whole numbers (long) or booleans.</param>
/// <param name="Addons">Chosen add-ons.</param>
/// <param name="DryRun">Compute and return the change set with diffs, write nothing.</param>
/// <param name="OnConflict">fail (default), skip or overwrite.</param>
/// <param name="ChangeSetId">The id a dry run returned: the apply refuses, writing nothing, unless it would write exactly that change set.</param>
public sealed record ScaffoldRequest(
    string? Template,
    string? TargetDir,
    IReadOnlyDictionary<string, object?> Variables,
    IReadOnlyList<string> Addons,
    bool DryRun = false,
    string? OnConflict = null,
    string? ChangeSetId = null);
