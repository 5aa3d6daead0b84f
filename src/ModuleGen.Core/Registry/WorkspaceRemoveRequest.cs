namespace ModuleGen.Core.Registry;

/// <summary>Asks to remove a module's marker blocks from the registry files (the module itself need not exist any more).</summary>
/// <param name="Module">The module's name.</param>
/// <param name="DryRun">Return the change set and diffs, write nothing.</param>
/// <param name="ChangeSetId">The change_set_id a dry run returned: the edit refuses, writing nothing, unless it would write exactly that.</param>
public sealed record WorkspaceRemoveRequest(string? Module, bool DryRun = false, string? ChangeSetId = null);
