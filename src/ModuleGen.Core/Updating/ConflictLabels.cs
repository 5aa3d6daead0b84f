namespace ModuleGen.Core.Updating;

/// <summary>Names the sides of an inline conflict, written after its markers as git's merge-file writes its labels.</summary>
/// <param name="Ours">After <c>&lt;&lt;&lt;&lt;&lt;&lt;&lt;</c>: the file as the user left it, e.g. "yours (pack p 1.0.0, edited)".</param>
/// <param name="Base">After <c>|||||||</c> (diff3 only): what both sides started from, e.g. "base (pack p 1.0.0)".</param>
/// <param name="Theirs">After <c>&gt;&gt;&gt;&gt;&gt;&gt;&gt;</c>: the new render, e.g. "pack p 2.0.0".</param>
public sealed record ConflictLabels(string Ours, string Base, string Theirs);
