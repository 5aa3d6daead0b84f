namespace ModuleGen.Core.Updating;

/// <summary>Is the outcome of a three-way merge: the merged text and every conflict in it.</summary>
public sealed record MergeResult(string Text, IReadOnlyList<MergeConflict> Conflicts);
