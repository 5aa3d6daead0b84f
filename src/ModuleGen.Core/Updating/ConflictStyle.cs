namespace ModuleGen.Core.Updating;

/// <summary>Says how a three-way merge writes a conflict.</summary>
public enum ConflictStyle
{
    /// <summary>Both sides in the file, between conflict markers.</summary>
    Inline,

    /// <summary>The file keeps its own lines; the pack's change goes to a .rej file beside it.</summary>
    Reject,

    /// <summary>Both sides and, between them, the lines both started from (<c>||||||| base</c>), as git's
    /// merge.conflictStyle=diff3 writes them.</summary>
    Diff3,
}
