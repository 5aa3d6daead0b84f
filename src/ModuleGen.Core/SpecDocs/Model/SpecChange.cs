namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Holds one OpenSpec change: its folder, whether it is archived, its deltas and its tasks.</summary>
/// <param name="Id">The change id (the folder name; an archived one keeps its date prefix).</param>
/// <param name="Folder">The workspace-relative change folder.</param>
/// <param name="Archived">True for a change under <c>changes/archive/</c>.</param>
/// <param name="Deltas">The requirement operations of its delta specs.</param>
/// <param name="Tasks">The tasks of its tasks.md.</param>
/// <param name="Files">The workspace-relative files of the change that were read.</param>
public sealed record SpecChange(string Id, string Folder, bool Archived, IReadOnlyList<DeltaOperation> Deltas, IReadOnlyList<SpecTask> Tasks, IReadOnlyList<string> Files);
