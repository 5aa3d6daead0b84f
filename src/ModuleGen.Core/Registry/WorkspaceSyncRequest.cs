namespace ModuleGen.Core.Registry;

/// <summary>Asks to make the registry match the modules: register modules that asked for it, drop blocks of modules that are gone.</summary>
/// <param name="DryRun">Return the change set and diffs, write nothing.</param>
/// <param name="ChangeSetId">The change_set_id a dry run returned: the edit refuses, writing nothing, unless it would write exactly that.</param>
public sealed record WorkspaceSyncRequest(bool DryRun = false, string? ChangeSetId = null);
