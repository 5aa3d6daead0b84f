namespace ModuleGen.Core.Scaffolding;

/// <summary>Asks to render a template pack into a target folder.</summary>
/// <param name="Template">The pack name.</param>
/// <param name="TargetDir">Workspace-relative folder the pack's files are generated in.</param>
/// <param name="Variables">Variable values: strings, whole numbers (long) or booleans.</param>
/// <param name="Addons">Chosen add-ons; null takes them from the plan brick (<see cref="Module"/>), else none.</param>
/// <param name="DryRun">Compute and return the change set with diffs, write nothing.</param>
/// <param name="OnConflict">fail (default), skip or overwrite.</param>
/// <param name="ChangeSetId">The id a dry run returned: the apply refuses, writing nothing, unless it would write exactly that change set.</param>
/// <remarks>With <see cref="Module"/> (and <see cref="Brick"/>, unless the plan has one brick with a pack) the template,
/// target folder, variables and add-ons come from that brick of the stored plan; the ones given here win (variables
/// name by name).</remarks>
public sealed record ScaffoldRequest(
    string? Template,
    string? TargetDir,
    IReadOnlyDictionary<string, object?> Variables,
    IReadOnlyList<string>? Addons,
    bool DryRun = false,
    string? OnConflict = null,
    string? ChangeSetId = null)
{
    /// <summary>Gets the module whose stored plan supplies the inputs not given.</summary>
    public string? Module { get; init; }

    /// <summary>Gets the plan brick to scaffold (as next_steps names it).</summary>
    public string? Brick { get; init; }

    /// <summary>Gets whether a dry run also diffs ModuleGen's own records (the answers file and the base store).</summary>
    public bool RecordDiffs { get; init; }
}
