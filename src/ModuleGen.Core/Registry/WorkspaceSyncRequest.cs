namespace ModuleGen.Core.Registry;

/// <summary>Asks to make the registry match the modules: register modules that asked for it, drop blocks of modules that are gone.</summary>
/// <param name="DryRun">Return the change set and diffs, write nothing.</param>
public sealed record WorkspaceSyncRequest(bool DryRun = false);
