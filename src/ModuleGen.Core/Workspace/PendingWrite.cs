namespace ModuleGen.Core.Workspace;

/// <summary>Is one file a transaction will write: where, the complete new content, and the text it was computed from;
/// or, with <paramref name="Delete"/>, an existing file it removes.</summary>
/// <param name="Path">The file.</param>
/// <param name="Content">The complete new content (ignored when deleting).</param>
/// <param name="OldText">The file's text when the change was planned (null: it did not exist). The commit refuses,
/// writing nothing, when the file no longer holds exactly this.</param>
/// <param name="Delete">Remove the file instead of writing it.</param>
internal sealed record PendingWrite(WorkspacePath Path, string Content, string? OldText, bool Delete = false)
{
    /// <summary>Gets the exact bytes to write when they are not UTF-8 text of <see cref="Content"/> (a copy of a file
    /// kept byte for byte); null writes <see cref="Content"/> as UTF-8.</summary>
    public byte[]? Bytes { get; init; }

    /// <summary>Gets whether the file existed when the change was planned.</summary>
    public bool Existed => OldText is not null;
}
