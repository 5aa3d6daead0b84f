namespace ModuleGen.Core.Updating;

/// <summary>Asks to update a generated module to the current pack and/or changed inputs, keeping the user's edits.</summary>
/// <param name="TargetDir">Workspace-relative folder that holds the answers file (or use <paramref name="Module"/>).</param>
/// <param name="Module">A module folder's name, or a stored plan's module (its generated brick), instead of <paramref name="TargetDir"/>.</param>
/// <param name="Template">Which pack to update when several generated into the folder (else the only one).</param>
/// <param name="Variables">Values to change; every other variable keeps its recorded value.</param>
/// <param name="Addons">The complete new list of add-ons; null keeps the recorded ones.</param>
/// <param name="DryRun">Return the merged change set with diffs; write nothing.</param>
/// <param name="Conflict">inline (default: conflict markers in the file), diff3 (markers with the base section too) or
/// rej (the file keeps its lines, the pack's change goes to &lt;file&gt;.rej).</param>
/// <param name="Done">Ids of agent migration steps to record as done; when given, the call does only that.</param>
public sealed record UpdateRequest(
    string? TargetDir,
    string? Module,
    string? Template,
    IReadOnlyDictionary<string, object?> Variables,
    IReadOnlyList<string>? Addons,
    bool DryRun = false,
    string? Conflict = null,
    IReadOnlyList<string>? Done = null)
{
    /// <summary>Gets the brick of the plan of <see cref="Module"/> to update, when the plan generated several.</summary>
    public string? Brick { get; init; }
}
