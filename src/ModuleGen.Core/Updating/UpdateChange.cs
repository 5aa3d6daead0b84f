namespace ModuleGen.Core.Updating;

/// <summary>Describes what an update does, or would do, to one file, and why.</summary>
/// <param name="Path">Workspace-relative path.</param>
/// <param name="Action">create, replace, merge, conflict, delete, keep, inject, reject, record or unchanged.</param>
/// <param name="Reason">One sentence on why.</param>
/// <param name="Source">The pack file it comes from ("files/…"), "answers" or "base" for the records.</param>
/// <param name="Marker">The marker id, for injections.</param>
/// <param name="Conflicts">The conflicts left in the file (line ranges), for action conflict.</param>
/// <param name="NeedsAttention">True when a person should look at the file: a conflict, a kept file, an edited block.</param>
/// <param name="Diff">Unified diff of the change (dry runs only, for files that change).</param>
public sealed record UpdateChange(
    string Path,
    UpdateAction Action,
    string Reason,
    string Source,
    string? Marker,
    IReadOnlyList<ConflictRange> Conflicts,
    bool NeedsAttention,
    string? Diff);
