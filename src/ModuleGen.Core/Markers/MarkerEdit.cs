namespace ModuleGen.Core.Markers;

/// <summary>Holds the result of putting a marker block into a text: the new text and what the block held before.</summary>
/// <param name="Text">The whole text with the block in place.</param>
/// <param name="PreviousContent">The content the block had before (between its marker lines), or null when it was added.</param>
/// <param name="PreviousHash">The hash the block's start marker recorded before, or null (added, or written without a hash).</param>
public sealed record MarkerEdit(string Text, string? PreviousContent, string? PreviousHash = null);
