using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Markers;

/// <summary>Describes one marker block found in a text: its id, where its marker lines are, the hash its start marker
/// records, and its content, so hand edits inside it can be told from ModuleGen's own output.</summary>
/// <param name="Id">The block id (<c>modulegen:&lt;id&gt;</c>).</param>
/// <param name="StartIndex">0-based index of the start marker line.</param>
/// <param name="EndIndex">0-based index of the end marker line.</param>
/// <param name="RecordedHash">The sha256 the start marker records, or null for a block written without one.</param>
/// <param name="Content">The lines between the markers, each ending in "\n".</param>
public sealed record MarkerRegion(string Id, int StartIndex, int EndIndex, string? RecordedHash, string Content)
{
    /// <summary>Gets the 1-based line of the start marker.</summary>
    public int StartLine => StartIndex + 1;

    /// <summary>Gets the 1-based line of the end marker.</summary>
    public int EndLine => EndIndex + 1;

    /// <summary>Gets the hash of the content as it is now.</summary>
    public string ActualHash => ContentHash.Of(Content);

    /// <summary>Tells whether the content no longer matches the hash its start marker records (edited by hand).</summary>
    public bool IsEdited => RecordedHash is not null && RecordedHash != ActualHash;

    /// <summary>Tells whether a 1-based line lies strictly between the block's marker lines.</summary>
    public bool Contains(int line) => line > StartLine && line < EndLine;
}
