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

    /// <summary>What the planner needs: the folder, the recorded hashes, the bases found, the conflict style and labels,
    /// and what the migrations left at paths they changed (target-relative; a null text: nothing is there any more).</summary>
    public sealed record Inputs(WorkspacePath Target, AnswersFile Recorded, Func<string, string?> BaseOf, ConflictStyle Style, ConflictLabels Labels,
        IReadOnlyDictionary<string, MigrationRunner.Overlaid> Migrated);

    /// <summary>Plans the pack's generated files (the changes of a render without markers), the recorded files it no
    /// longer generates, and the rest of what the migrations changed. "Ours" is a file as the migrations left it; what
    /// is written is checked against the disk as it was read.</summary>
    public static (List<Entry> Entries, List<PendingWrite> Writes) Plan(ModuleGenWorkspace workspace, Inputs inputs, IReadOnlyList<PlannedChange> rendered)
    {
        var entries = new List<Entry>();
        var writes = new List<PendingWrite>();
        var settled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in rendered.Where(c => c.Marker is null))
        {
            var relative = Relative(inputs.Target, change.Path);
            settled.Add(relative);
            var ours = inputs.Migrated.TryGetValue(relative, out var migrated) ? migrated.Text : change.OldText;
            var entry = PlanFile(inputs, change with { OldText = ours }, relative);
            entries.Add(entry);
            var final = entry.Action is UpdateAction.Create or UpdateAction.Replace or UpdateAction.Merge or UpdateAction.Conflict ? entry.NewText : ours;
            Settle(writes, workspace.Guard.Resolve(change.Path, "").Value, final, change.OldText);
            if (entry.Action == UpdateAction.Conflict && inputs.Style == ConflictStyle.Reject)
            {
                var rej = workspace.Guard.Resolve($"{change.Path}.rej", "");
                if (rej.IsOk)
                {
                    var existing = ExistingFile.Read(rej.Value, "");
                    var text = Rejects(change.Path, inputs.Labels.Theirs, ThreeWayMerge.Merge(inputs.BaseOf(relative) ?? "", ours!, change.NewText, ConflictStyle.Reject, inputs.Labels));
                    entries.Add(new Entry(rej.Value.RelativePath, UpdateAction.Reject, $"The pack's changes to '{change.Path}' that overlap your edits; apply them by hand, then delete this file.",
                        change.Source, null, existing.IsOk ? existing.Value : null, text, [], true));
                    writes.Add(new PendingWrite(rej.Value, text, existing.IsOk ? existing.Value : null));
                }
            }
        }

        foreach (var (relative, hash) in inputs.Recorded.Files.Where(f => !settled.Contains(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            settled.Add(relative);
            if (workspace.Guard.Resolve(Shown(inputs.Target, relative), "") is not { IsOk: true } path ||
                ExistingFile.Read(path.Value, "") is not { IsOk: true } disk)
            {
                continue;
            }

            var ours = inputs.Migrated.TryGetValue(relative, out var migrated) ? migrated.Text : disk.Value;
            if (ours is null)
            {
                continue;
            }

            if (ContentHash.Of(ours) == hash)
            {
                entries.Add(new Entry(path.Value.RelativePath, UpdateAction.Delete, "The pack no longer generates it and it was not edited.", "files", null, ours, null, [], false));
                Settle(writes, path.Value, null, disk.Value);
            }
            else
            {
                entries.Add(new Entry(path.Value.RelativePath, UpdateAction.Keep, "The pack no longer generates it, but it was edited, so it is kept (and no longer tracked); delete it by hand if it is not needed.",
                    "files", null, ours, null, [], true));
                Settle(writes, path.Value, ours, disk.Value);
            }
        }

        // Whatever else the migrations moved, edited or deleted (files the user added to a moved folder, say).
        foreach (var (relative, migrated) in inputs.Migrated.Where(m => !settled.Contains(m.Key)).OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            if (workspace.Guard.Resolve(Shown(inputs.Target, relative), "") is { IsOk: true } path)
            {
                Settle(writes, path.Value, migrated.Text, migrated.Disk);
            }
        }

        return (entries, writes);
    }

    // Writes what a path must hold after the update (null: nothing) when the disk holds something else.
    private static void Settle(List<PendingWrite> writes, WorkspacePath path, string? final, string? disk)
    {
        if (final == disk)
        {
            return;
        }

        writes.Add(final is null ? new PendingWrite(path, "", disk, Delete: true) : new PendingWrite(path, final, disk));
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

        var merged = ThreeWayMerge.Merge(original ?? "", ours, theirs, inputs.Style, original is null ? inputs.Labels with { Base = "base (no earlier render known)" } : inputs.Labels);
        var ranges = merged.Conflicts.Select(c => new ConflictRange(c.StartLine, c.EndLine, c.BaseLine)).ToArray();
        if (ranges.Length == 0)
        {
            return Make(UpdateAction.Merge, "Edited since it was generated: your edits and the pack's changes merged without conflict.", merged.Text);
        }

        var why = original is null
            ? "No earlier render of this file is known (it was not generated, or its base store entry is gone), so your version and the pack's are both kept"
            : $"Your edits and the pack's changes overlap in {ranges.Length} place(s); both versions are kept";
        var where = inputs.Style switch
        {
            ConflictStyle.Inline => "between conflict markers in the file",
            ConflictStyle.Diff3 => "between conflict markers in the file, with the lines both started from after |||||||",
            _ => "the file keeps your lines and the pack's change is in the .rej file beside it",
        };
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

    private static string Shown(WorkspacePath target, string relative) => target.RelativePath.Length == 0 ? relative : $"{target.RelativePath}/{relative}";
}
