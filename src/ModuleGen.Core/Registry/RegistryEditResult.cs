namespace ModuleGen.Core.Registry;

/// <summary>Reports a registry edit (workspace_add, workspace_remove, workspace_sync): every block's change, every
/// file's change with its backup and diff, and warnings such as blocks kept because they were edited by hand.</summary>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="Changed">True when a file changed (or would, in a dry run).</param>
/// <param name="Changes">One entry per module and file, sorted by module then file.</param>
/// <param name="Files">One entry per file that changes.</param>
/// <param name="Warnings">Things to look at, e.g. a managed block edited by hand.</param>
/// <param name="Message">One sentence: what happened (or would).</param>
public sealed record RegistryEditResult(
    bool DryRun,
    bool Changed,
    IReadOnlyList<RegistryChange> Changes,
    IReadOnlyList<RegistryFileChange> Files,
    IReadOnlyList<string> Warnings,
    string Message)
{
    /// <summary>Gets the id of the change set (pass it back as <c>change_set_id</c> to apply exactly what a dry run showed).</summary>
    public string? ChangeSetId { get; init; }
}
