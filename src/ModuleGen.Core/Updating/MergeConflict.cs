namespace ModuleGen.Core.Updating;

/// <summary>Is one conflict of a three-way merge.</summary>
/// <param name="StartLine">First line (1-based) of the conflict in the merged text (its opening marker, inline).</param>
/// <param name="EndLine">Last line of the conflict in the merged text (its closing marker, inline).</param>
/// <param name="BaseLine">First line (1-based) of the region in the text both sides started from.</param>
/// <param name="Original">The region's lines before either change.</param>
/// <param name="Ours">The region as the file held it.</param>
/// <param name="Theirs">The region as the new render has it.</param>
public sealed record MergeConflict(int StartLine, int EndLine, int BaseLine, IReadOnlyList<string> Original, IReadOnlyList<string> Ours, IReadOnlyList<string> Theirs);
