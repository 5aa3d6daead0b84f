using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Adds the records to a change set: the answers file and the base store beside it, each written only when its
/// text changes. Scaffold and update_module both finish their change sets here, so the two can never disagree on what
/// a module's records say.</summary>
internal static class AnswersRecords
{
    /// <summary>Where a pack's records live in a folder, with what they hold now (null: the file does not exist).</summary>
    public sealed record Location(WorkspacePath Answers, string? AnswersText, AnswersFile? Recorded, WorkspacePath Base, string? BaseText)
    {
        /// <summary>Gets the base store as read (null when there is none).</summary>
        public GeneratedBase? PreviousBase { get; } = BaseText is null ? null : GeneratedBase.Read(BaseText);
    }

    /// <summary>Finds and reads the records <paramref name="pack"/> keeps in <paramref name="folder"/>.</summary>
    public static Result<Location> Find(ModuleGenWorkspace workspace, WorkspacePath folder, string pack, string pointer)
    {
        var answers = AnswersLocation.For(workspace, folder, pack, pointer);
        if (!answers.IsOk)
        {
            return Result<Location>.Fail(answers.Errors);
        }

        var name = answers.Value.RelativePath[(answers.Value.RelativePath.LastIndexOf('/') + 1)..];
        var basePath = AnswersLocation.Resolve(workspace, folder, AnswersLocation.BaseNameFor(name), pointer);
        var answersText = ExistingFile.Read(answers.Value, pointer);
        var baseText = basePath.IsOk ? ExistingFile.Read(basePath.Value, pointer) : Result<string?>.Fail(basePath.Errors);
        if (!answersText.IsOk || !baseText.IsOk)
        {
            return Result<Location>.Fail(answersText.Errors.Concat(baseText.Errors).ToArray());
        }

        var recorded = answersText.Value is { } yaml ? AnswersFileFormat.Read(yaml) : null;
        return Result<Location>.Ok(new Location(answers.Value, answersText.Value, recorded?.Pack == pack ? recorded : null, basePath.Value,
            baseText.Value));
    }

    /// <summary>Builds the base store of a scaffold: the new render of every file it records, except a skipped file,
    /// which keeps its earlier copy (or none), as its recorded hash does.</summary>
    public static GeneratedBase BaseOf(ChangeSet set, WorkspacePath target, GeneratedBase? previous)
    {
        var byPath = set.Changes.Where(c => c.Marker is null).GroupBy(c => c.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var files = new List<KeyValuePair<string, string>>();
        foreach (var (relative, hash) in set.FileHashes)
        {
            var text = byPath.TryGetValue(target.RelativePath.Length == 0 ? relative : $"{target.RelativePath}/{relative}", out var change) && change.Kind != ChangeKind.Skip
                ? change.NewText
                : previous?.TextOf(relative, hash);
            if (text is not null && ContentHash.Of(text) == hash)
            {
                files.Add(new(relative, text));
            }
        }

        return new GeneratedBase(files);
    }

    /// <summary>Appends the answers file and the base store to <paramref name="set"/>.</summary>
    public static ChangeSet Add(ChangeSet set, Location location, AnswersFile answers, GeneratedBase generated)
    {
        var answersText = AnswersFileFormat.Write(answers);
        var baseText = generated.Write();
        var answersChange = Change(location.Answers, location.AnswersText, answersText, "answers", "Records how the folder was generated.", "Records the new inputs and hashes (the answers file is ModuleGen's own).");
        var baseChange = Change(location.Base, location.BaseText, baseText, "base", "Keeps each generated file as rendered, the base a later update merges from.", "Keeps the new renders as the base of the next update (the base store is ModuleGen's own).");
        var writes = set.Writes.ToList();
        foreach (var (change, path) in new[] { (answersChange, location.Answers), (baseChange, location.Base) })
        {
            if (change.Kind != ChangeKind.Unchanged)
            {
                writes.Add(new PendingWrite(path, change.NewText, change.OldText));
            }
        }

        return set with { Changes = [.. set.Changes, answersChange, baseChange], Writes = writes };
    }

    private static PlannedChange Change(WorkspacePath path, string? existing, string text, string source, string created, string replaced)
    {
        var (kind, reason) = existing is null ? (ChangeKind.Create, created)
            : existing == text ? (ChangeKind.Unchanged, "It already records exactly this.")
            : (ChangeKind.Overwrite, replaced);
        return new PlannedChange(path.RelativePath, kind, reason, source, null, ContentHash.Of(text), existing, text);
    }
}
