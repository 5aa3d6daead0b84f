namespace ModuleGen.Core.Registry;

/// <summary>Asks to register a generated module in the workspace registry files.</summary>
/// <param name="Module">The module's folder name (or its snake_case / kebab-case form).</param>
/// <param name="DryRun">Return the change set and diffs, write nothing.</param>
/// <param name="ChangeSetId">The change_set_id a dry run returned: the edit refuses, writing nothing, unless it would write exactly that.</param>
public sealed record WorkspaceAddRequest(string? Module, bool DryRun = false, string? ChangeSetId = null);
