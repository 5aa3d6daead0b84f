using ModuleGen.Core.Common;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Updating;

/// <summary>Decides each file of an update from three texts: the base (what ModuleGen generated last time), ours (the
/// file now) and theirs (the new render). Unedited files take the new render, edited ones are merged line by line,
/// files the pack no longer generates are removed only when unedited, and nothing the user wrote is ever dropped.</summary>
internal static class UpdatePlanner
{
    /// <summary>Is one planned entry: the public <see cref="UpdateChange"/> fields plus the texts before and after.</summary>
    public sealed record Entry(string Path, UpdateAction Action, string Reason, string Source, string? Marker, string? OldText, string? NewText,
        IReadOnlyList<ConflictRange> Conflicts, bool Attention)
    {
        public UpdateChange ToChange(bool withDiff) =>
            new(Path, Action, Reason, Source, Marker, Conflicts, Attention,
                withDiff && Source != "base" && NewText is not null && OldText != NewText ? UnifiedDiff.Create(Path, OldText, NewText)
                : withDiff && Action == UpdateAction.Delete ? UnifiedDiff.Create(Path, OldText, "") : null);
    }

    /// <summary>What the planner needs: the folder, the recorded hashes, the bases found, the conflict style and label.</summary>
    public sealed record Inputs(WorkspacePath Target, AnswersFile Recorded, Func<string, string?> BaseOf, ConflictStyle Style, string TheirsLabel);

    /// <summary>Plans the pack's generated files (the changes of a render without markers) and the recorded files it no longer generates.</summary>
    public static (List<Entry> Entries, List<PendingWrite> Writes) Plan(ModuleGenWorkspace workspace, Inputs inputs, IReadOnlyList<PlannedChange> rendered)
    {
        var entries = new List<Entry>();
        var writes = new List<PendingWrite>();
        var generated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in rendered.Where(c => c.Marker is null))
        {
            var relative = Relative(inputs.Target, change.Path);
            generated.Add(relative);
            var entry = PlanFile(inputs, change, relative);
            entries.Add(entry);
            if (entry.Action is UpdateAction.Create or UpdateAction.Replace or UpdateAction.Merge or UpdateAction.Conflict)
            {
                writes.Add(new PendingWrite(workspace.Guard.Resolve(change.Path, "").Value, entry.NewText!, change.OldText));
            }

            if (entry.Action == UpdateAction.Conflict && inputs.Style == ConflictStyle.Reject)
            {
                var rej = workspace.Guard.Resolve($"{change.Path}.rej", "");
                if (rej.IsOk)
                {
                    var existing = ExistingFile.Read(rej.Value, "");
                    var text = Rejects(change.Path, inputs.TheirsLabel, ThreeWayMerge.Merge(inputs.BaseOf(relative) ?? "", change.OldText!, change.NewText, ConflictStyle.Reject, inputs.TheirsLabel));
                    entries.Add(new Entry(rej.Value.RelativePath, UpdateAction.Reject, $"The pack's changes to '{change.Path}' that overlap your edits; apply them by hand, then delete this file.",
                        change.Source, null, existing.IsOk ? existing.Value : null, text, [], true));
                    writes.Add(new PendingWrite(rej.Value, text, existing.IsOk ? existing.Value : null));
                }
            }
        }

        foreach (var (relative, hash) in inputs.Recorded.Files.Where(f => !generated.Contains(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (workspace.Guard.Resolve(inputs.Target.RelativePath.Length == 0 ? relative : $"{inputs.Target.RelativePath}/{relative}", "") is not { IsOk: true } path ||
                ExistingFile.Read(path.Value, "") is not { IsOk: true, Value: { } ours })
            {
                continue;
            }

            if (ContentHash.Of(ours) == hash)
            {
                entries.Add(new Entry(path.Value.RelativePath, UpdateAction.Delete, "The pack no longer generates it and it was not edited.", "files", null, ours, null, [], false));
                writes.Add(new PendingWrite(path.Value, "", ours, Delete: true));
            }
            else
            {
                entries.Add(new Entry(path.Value.RelativePath, UpdateAction.Keep, "The pack no longer generates it, but it was edited, so it is kept (and no longer tracked); delete it by hand if it is not needed.",
                    "files", null, ours, null, [], true));
            }
        }

        return (entries, writes);
    }

    private static Entry PlanFile(Inputs inputs, PlannedChange change, string relative)
    {
        var (ours, theirs) = (change.OldText, change.NewText);
        var recordedHash = inputs.Recorded.Files.FirstOrDefault(f => f.Key == relative).Value;
        Entry Make(UpdateAction action, string reason, string? after, IReadOnlyList<ConflictRange>? conflicts = null, bool attention = false) =>
            new(change.Path, action, reason, change.Source, null, ours, after, conflicts ?? [], attention);

        if (ours is null)
        {
            return recordedHash is null
                ? Make(UpdateAction.Create, "The pack generates a new file.", theirs)
                : Make(UpdateAction.Keep, "You deleted this generated file; it stays deleted (scaffold the pack again to restore it).", null, attention: true);
        }

        if (ours == theirs)
        {
            return Make(UpdateAction.Unchanged, "The file already holds the new render.", theirs);
        }

        if (ThreeWayMerge.HasConflictMarkers(ours) && inputs.BaseOf(relative) == theirs)
        {
            return Make(UpdateAction.Unchanged, "It still holds conflict markers from an earlier update: keep the right lines, delete the markers.", ours, attention: true);
        }

        if (ours == "\0binary")
        {
            return Make(UpdateAction.Keep, "The file is not UTF-8 text, so it cannot be merged; it is kept as it is.", null, attention: true);
        }

        // Without a stored copy, an unedited file is its own base: its hash is the recorded one.
        var original = inputs.BaseOf(relative) ?? (recordedHash is not null && ContentHash.Of(ours) == recordedHash ? ours : null);
        if (original == ours)
        {
            return Make(UpdateAction.Replace, "Not edited since it was generated: takes the new render.", theirs);
        }

        if (original == theirs)
        {
            return Make(UpdateAction.Unchanged, "Your edits are kept: the pack renders this file as before.", ours);
        }

        var merged = ThreeWayMerge.Merge(original ?? "", ours, theirs, inputs.Style, inputs.TheirsLabel);
        var ranges = merged.Conflicts.Select(c => new ConflictRange(c.StartLine, c.EndLine, c.BaseLine)).ToArray();
        if (ranges.Length == 0)
        {
            return Make(UpdateAction.Merge, "Edited since it was generated: your edits and the pack's changes merged without conflict.", merged.Text);
        }

        var why = original is null
            ? "No earlier render of this file is known (it was not generated, or its base store entry is gone), so your version and the pack's are both kept"
            : $"Your edits and the pack's changes overlap in {ranges.Length} place(s); both versions are kept";
        var where = inputs.Style == ConflictStyle.Inline ? "between conflict markers in the file" : "the file keeps your lines and the pack's change is in the .rej file beside it";
        return Make(UpdateAction.Conflict, $"{why}: {where} (lines {string.Join(", ", ranges.Select(r => $"{r.StartLine}-{r.EndLine}"))}).", merged.Text, ranges, attention: true);
    }

    private static string Rejects(string path, string label, MergeResult merged)
    {
        var text = new System.Text.StringBuilder($"--- a/{path} (before the update)\n+++ b/{path} ({label})\n");
        foreach (var conflict in merged.Conflicts)
        {
            text.Append($"@@ -{conflict.BaseLine},{conflict.Original.Count} +{conflict.BaseLine},{conflict.Theirs.Count} @@ (your lines {conflict.StartLine}-{conflict.EndLine})\n");
            foreach (var line in conflict.Original)
            {
                text.Append('-').Append(line.TrimEnd('\n')).Append('\n');
            }

            foreach (var line in conflict.Theirs)
            {
                text.Append('+').Append(line.TrimEnd('\n')).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Relative(WorkspacePath target, string path) =>
        target.RelativePath.Length == 0 ? path : path[(target.RelativePath.Length + 1)..];
}
