namespace ModuleGen.Core.Scaffolding;

/// <summary>Is one entry of a computed change set: the public <see cref="FileChange"/> fields plus the texts before
/// and after, from which dry runs draw their diffs.</summary>
internal sealed record PlannedChange(string Path, ChangeKind Kind, string Reason, string Source, string? Marker, string Sha256, string? OldText, string NewText)
{
    /// <summary>The sources of ModuleGen's own bookkeeping files (the answers file and the base store), which a dry run
    /// lists by name and size without a diff unless asked: they only restate what the other changes show.</summary>
    public static readonly IReadOnlySet<string> Bookkeeping = new HashSet<string>(StringComparer.Ordinal) { "answers", "base" };

    public FileChange ToFileChange(bool withDiff, bool withRecordDiffs = false) =>
        new(Path, Kind, Reason, Source, Marker,
            withDiff && (withRecordDiffs || !Bookkeeping.Contains(Source)) && Kind is ChangeKind.Create or ChangeKind.Overwrite or ChangeKind.Inject or ChangeKind.Conflict or ChangeKind.Merge
                ? UnifiedDiff.Create(Path, OldText, NewText)
                : null)
        {
            Bytes = System.Text.Encoding.UTF8.GetByteCount(NewText),
        };
}
