namespace ModuleGen.Core.Workspace;

/// <summary>Lists what a start-up clean-up removed and what it could not remove (workspace-relative paths, ordinal order).</summary>
/// <param name="Removed">Stale temp files and staging folders that were deleted.</param>
/// <param name="Failed">Stale artefacts that could not be deleted, each with the reason.</param>
public sealed record CleanupReport(IReadOnlyList<string> Removed, IReadOnlyList<string> Failed);
