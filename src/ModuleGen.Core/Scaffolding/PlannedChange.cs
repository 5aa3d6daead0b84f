namespace ModuleGen.Core.Scaffolding;

/// <summary>Is one entry of a computed change set: the public <see cref="FileChange"/> fields plus the texts before
/// and after, from which dry runs draw their diffs.</summary>
internal sealed record PlannedChange(string Path, ChangeKind Kind, string Reason, string Source, string? Marker, string Sha256, string? OldText, string NewText)
{
    public FileChange ToFileChange(bool withDiff) =>
        new(Path, Kind, Reason, Source, Marker, Sha256,
            withDiff && Kind is ChangeKind.Create or ChangeKind.Overwrite or ChangeKind.Inject or ChangeKind.Conflict ? UnifiedDiff.Create(Path, OldText, NewText) : null);
}
