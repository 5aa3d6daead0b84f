namespace ModuleGen.Core.Scaffolding;

/// <summary>Reports one file handled by a scaffold, for progress displays.</summary>
/// <param name="Done">Files handled so far, this one included.</param>
/// <param name="Total">Files in the change set.</param>
/// <param name="Path">Workspace-relative path of the file.</param>
/// <param name="Kind">What happened to it.</param>
public sealed record ScaffoldProgress(int Done, int Total, string Path, ChangeKind Kind);
