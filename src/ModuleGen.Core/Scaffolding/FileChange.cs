namespace ModuleGen.Core.Scaffolding;

/// <summary>Describes what a scaffold does, or would do, to one file, and why.</summary>
/// <param name="Path">Workspace-relative path.</param>
/// <param name="Kind">create, overwrite, skip, inject, unchanged or conflict.</param>
/// <param name="Reason">One sentence on why this kind was chosen.</param>
/// <param name="Source">The pack file it comes from ("files/…"), "answers" for the answers file.</param>
/// <param name="Marker">The marker id, for injections.</param>
/// <param name="Diff">Unified diff of the change (dry runs only, for files that would change; not for the answers file and
/// the base store unless asked).</param>
/// <remarks>Content hashes are the answers file's business (and the dry run's <c>change_set_id</c> names the whole set),
/// not the answer's.</remarks>
public sealed record FileChange(string Path, ChangeKind Kind, string Reason, string Source, string? Marker, string? Diff)
{
    /// <summary>Gets the size in bytes of the content ModuleGen generates for the file (for injections: of the whole file).</summary>
    public int? Bytes { get; init; }
}
