using ModuleGen.Core.Common;
using ModuleGen.Core.Markers;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Updating;

/// <summary>Runs a pack's migrations between a module's recorded version and the pack's own (each one whose version lies
/// after the first and not after the second) on a view of the module: files moved, deleted or edited, recorded hashes
/// and base copies following their files, variables renamed or set. Nothing is written here: the update merges the new
/// render over the view and commits the whole result in its one transaction, so a step that fails refuses the update
/// with nothing written. Steps are idempotent — a move whose source is gone, a delete of a missing file, a rename of
/// an absent variable change nothing — and agent steps already recorded are not added again.</summary>
internal sealed class MigrationRunner(ModuleGenWorkspace workspace, ITemplateEngine engine, TemplatePack pack, WorkspacePath target)
{
    // Derived files a folder move leaves where they are (tools rebuild them); anything else must move or the step fails.
    private static readonly HashSet<string> s_caches = new(StringComparer.Ordinal) { "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache" };

    private const int MaxFilesMoved = 2000;

    private readonly Dictionary<string, Overlaid> _overlay = new(StringComparer.Ordinal);
    private readonly List<UpdatePlanner.Entry> _entries = [];
    private readonly List<PendingMigration> _added = [];
    private readonly Dictionary<string, string?> _disk = new(StringComparer.Ordinal);
    private Dictionary<string, string> _files = [];
    private Dictionary<string, string> _bases = [];
    private List<KeyValuePair<string, object?>> _variables = [];

    /// <summary>Is what a path holds after the migrations (null: nothing) and what it held on disk (null: nothing).</summary>
    public sealed record Overlaid(string? Text, string? Disk);

    /// <summary>Is the module as the migrations leave it.</summary>
    /// <param name="Recorded">The answers with files, variables and agent steps as migrated.</param>
    /// <param name="Base">The base store with its entries moved along with their files.</param>
    /// <param name="Overlay">Target-relative paths the migrations changed.</param>
    /// <param name="Entries">What each step did, for the update's report.</param>
    /// <param name="Added">Agent steps this update adds.</param>
    /// <param name="Applied">The migrations run, as "id (version)".</param>
    public sealed record Outcome(AnswersFile Recorded, GeneratedBase? Base, IReadOnlyDictionary<string, Overlaid> Overlay,
        IReadOnlyList<UpdatePlanner.Entry> Entries, IReadOnlyList<PendingMigration> Added, IReadOnlyList<string> Applied);

    /// <summary>Runs every migration that leads past <paramref name="recorded"/>'s version up to the pack's.</summary>
    public Result<Outcome> Run(AnswersFile recorded, GeneratedBase? stored)
    {
        _files = recorded.Files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        _bases = (stored?.Files ?? []).Where(f => _files.TryGetValue(f.Key, out var hash) && ContentHash.Of(f.Value) == hash).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        _variables = [.. recorded.Variables];
        var migrations = recorded.Migrations.ToList();
        var applied = new List<string>();
        var manifest = pack.Manifest;
        for (var i = 0; i < manifest.Migrations.Count; i++)
        {
            var migration = manifest.Migrations[i];
            if (!PackVersions.Between(migration.Version, recorded.Version, manifest.Version))
            {
                continue;
            }

            for (var j = 0; j < migration.Steps.Count; j++)
            {
                var done = Step(migration, migration.Steps[j], migrations, recorded.Addons);
                if (!done.IsOk)
                {
                    return Result<Outcome>.Fail(done.Errors.Select(e => Failed(migration, j, e)).ToArray());
                }
            }

            applied.Add($"{migration.Id} ({migration.Version})");
        }

        var answers = recorded with
        {
            Variables = _variables,
            Files = [.. _files.OrderBy(f => f.Key, StringComparer.Ordinal)],
            Migrations = [.. migrations.OrderBy(m => m.Id, StringComparer.Ordinal)],
        };
        var bases = stored is null && _bases.Count == 0 ? null : new GeneratedBase([.. _bases.OrderBy(f => f.Key, StringComparer.Ordinal)]);
        return Result<Outcome>.Ok(new Outcome(answers, bases, _overlay, _entries, _added, applied));
    }

    /// <summary>Renders the instructions of an agent step recorded earlier, from the pack as it is now (empty when the
    /// pack no longer has the step).</summary>
    public PendingMigration Describe(AnswersMigration recorded, AnswersFile answers)
    {
        _variables = [.. answers.Variables];
        foreach (var migration in pack.Manifest.Migrations)
        {
            foreach (var step in migration.Steps.Where(s => s.Kind == MigrationStep.StepKind.Agent && $"{migration.Id}/{s.Target}" == recorded.Id))
            {
                var text = Instructions(step, answers.Addons);
                return new PendingMigration(recorded.Id, recorded.Version, migration.Description, text.IsOk ? text.Value : "");
            }
        }

        return new PendingMigration(recorded.Id, recorded.Version, "", "");
    }

    private Result<Unit> Step(PackMigration migration, MigrationStep step, List<AnswersMigration> migrations, IReadOnlyList<string> addons)
    {
        var label = $"migration {migration.Id} ({migration.Version})";
        switch (step.Kind)
        {
            case MigrationStep.StepKind.Move:
                return Path(step.Target, step, addons).Then(from => Path(step.To!, step, addons).Then(to => Move(from, to, label)));
            case MigrationStep.StepKind.Delete:
                return Path(step.Target, step, addons).Then(path => Delete(path, label));
            case MigrationStep.StepKind.Edit:
                return Path(step.Target, step, addons).Then(path => Render(step.Marker!, step, addons).Then(marker =>
                    pack.ReadSource(step.Source!, "").Then(t => engine.Render(pack.Template(step.Source!, t), Model(addons))).Then(snippet => Edit(path, marker, snippet, label))));
            case MigrationStep.StepKind.RenameVariable:
                var from = _variables.FindIndex(v => v.Key == step.Target);
                if (from >= 0)
                {
                    var value = _variables[from].Value;
                    _variables.RemoveAt(from);
                    if (!_variables.Any(v => v.Key == step.To))
                    {
                        _variables.Add(new(step.To!, value));
                    }
                }

                return Result<Unit>.Ok(Unit.Value);
            case MigrationStep.StepKind.SetVariable:
                return Render(step.Value!, step, addons).Map(value =>
                {
                    _variables.RemoveAll(v => v.Key == step.Target);
                    _variables.Add(new(step.Target, value));
                    return Unit.Value;
                });
            default:
                var id = $"{migration.Id}/{step.Target}";
                if (migrations.Any(m => m.Id == id))
                {
                    return Result<Unit>.Ok(Unit.Value);
                }

                return Instructions(step, addons).Map(text =>
                {
                    migrations.Add(new AnswersMigration(id, migration.Version, AnswersMigration.Pending));
                    _added.Add(new PendingMigration(id, migration.Version, migration.Description, text));
                    return Unit.Value;
                });
        }
    }

    private Result<string> Instructions(MigrationStep step, IReadOnlyList<string> addons) =>
        pack.ReadSource(step.Source!, "").Then(t => engine.Render(pack.Template(step.Source!, t), Model(addons)));

    private Result<Unit> Move(string from, string to, string label)
    {
        if (from == to)
        {
            return Result<Unit>.Ok(Unit.Value);
        }

        var files = FilesUnder(from);
        if (!files.IsOk)
        {
            return Result<Unit>.Fail(files.Errors);
        }

        foreach (var file in files.Value)
        {
            var destination = to + file[from.Length..];
            var moved = Text(file).Then(text => Text(destination).Then(existing => MoveFile(file, destination, text!, existing, label)));
            if (!moved.IsOk)
            {
                return moved;
            }
        }

        return Result<Unit>.Ok(Unit.Value);
    }

    private Result<Unit> MoveFile(string from, string to, string text, string? existing, string label)
    {
        if (text == ExistingFileBinary)
        {
            return Refuse($"'{Shown(from)}' is not UTF-8 text, and ModuleGen moves text files only.", $"Move '{Shown(from)}' to '{Shown(to)}' by hand, then run the update again.");
        }

        if (existing is not null && existing != text)
        {
            return Refuse($"'{Shown(to)}' already exists with other content, so '{Shown(from)}' cannot move there.", $"Merge '{Shown(from)}' into '{Shown(to)}' by hand and delete it, then run the update again.");
        }

        Set(to, text);
        Set(from, null);
        Follow(_files, from, to);
        Follow(_bases, from, to);
        _entries.Add(new UpdatePlanner.Entry(Shown(from), UpdateAction.Move, $"Moved to '{Shown(to)}' by {label}.", "migrations", null, text, null, [], false));
        return Result<Unit>.Ok(Unit.Value);
    }

    private Result<Unit> Delete(string path, string label) => Text(path).Then(text =>
    {
        if (text is null)
        {
            return Result<Unit>.Ok(Unit.Value);
        }

        if (_files.TryGetValue(path, out var hash) && ContentHash.Of(text) == hash)
        {
            Set(path, null);
            _files.Remove(path);
            _bases.Remove(path);
            _entries.Add(new UpdatePlanner.Entry(Shown(path), UpdateAction.Delete, $"Deleted by {label}; it was not edited since it was generated.", "migrations", null, text, null, [], false));
        }
        else
        {
            // Kept, and no longer tracked: the pack's records stop claiming a file the migration meant to remove.
            _files.Remove(path);
            _bases.Remove(path);
            _entries.Add(new UpdatePlanner.Entry(Shown(path), UpdateAction.Keep, $"{label} deletes it, but it was edited (or not generated by the pack), so it is kept (and no longer tracked); delete it by hand if it is not needed.",
                "migrations", null, text, null, [], true));
        }

        return Result<Unit>.Ok(Unit.Value);
    });

    private Result<Unit> Edit(string path, string marker, string snippet, string label) => Text(path).Then(text =>
    {
        var style = MarkerBlock.CommentFor(path, null) ?? "#";
        if (text is null || MarkerBlock.Scan(text, style).Find(marker) is not { } region)
        {
            return Refuse($"'{Shown(path)}' has no modulegen:{marker} marker block for {label} to edit.", $"Restore the block in '{Shown(path)}' (or the file), then run the update again.");
        }

        if (region.IsEdited)
        {
            _entries.Add(new UpdatePlanner.Entry(Shown(path), UpdateAction.Keep, $"{label} rewrites the modulegen:{marker} block, but it was edited by hand, so it is kept; apply the change by hand.",
                "migrations", marker, text, null, [], true));
            return Result<Unit>.Ok(Unit.Value);
        }

        var edited = MarkerBlock.Replace(text, region, snippet, style);
        if (edited != text)
        {
            Set(path, edited);
            _entries.Add(new UpdatePlanner.Entry(Shown(path), UpdateAction.Inject, $"The modulegen:{marker} block is rewritten by {label}.", "migrations", marker, text, edited, [], false));
        }

        return Result<Unit>.Ok(Unit.Value);
    });

    // The files a move takes: the file itself, or every file under the folder (as on disk, plus what earlier steps put
    // there, minus what they took away), in ordinal order.
    private Result<IReadOnlyList<string>> FilesUnder(string path)
    {
        var full = Full(path);
        var added = _overlay.Where(o => o.Key.StartsWith(path + "/", StringComparison.Ordinal)).ToArray();
        if (!Directory.Exists(full) && added.Length == 0)
        {
            return Text(path).Map(text => (IReadOnlyList<string>)(text is null ? [] : [path]));
        }

        var found = new SortedSet<string>(StringComparer.Ordinal);
        var walked = Directory.Exists(full) ? Walk(new DirectoryInfo(full), path, found) : Result<Unit>.Ok(Unit.Value);
        if (!walked.IsOk)
        {
            return Result<IReadOnlyList<string>>.Fail(walked.Errors);
        }

        foreach (var (relative, overlaid) in added)
        {
            _ = overlaid.Text is null ? found.Remove(relative) : found.Add(relative);
        }

        return Result<IReadOnlyList<string>>.Ok([.. found]);
    }

    private Result<Unit> Walk(DirectoryInfo folder, string relative, SortedSet<string> found)
    {
        foreach (var entry in folder.GetFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = $"{relative}/{entry.Name}";
            if (entry.LinkTarget is not null)
            {
                return Refuse($"'{Shown(path)}' is a symbolic link, which ModuleGen does not move.", $"Move '{Shown(path)}' by hand, then run the update again.");
            }

            if (entry is DirectoryInfo directory)
            {
                var inner = s_caches.Contains(directory.Name) ? Result<Unit>.Ok(Unit.Value) : Walk(directory, path, found);
                if (!inner.IsOk)
                {
                    return inner;
                }
            }
            else if (found.Add(path) && found.Count > MaxFilesMoved)
            {
                return Refuse($"'{Shown(relative)}' holds more than {MaxFilesMoved} files, more than a migration moves.", $"Move the folder by hand, then run the update again.");
            }
        }

        return Result<Unit>.Ok(Unit.Value);
    }

    // What a target-relative path holds now: what an earlier step left there, else the file on disk (read once).
    private Result<string?> Text(string path)
    {
        if (_overlay.TryGetValue(path, out var overlaid))
        {
            return Result<string?>.Ok(overlaid.Text);
        }

        if (_disk.TryGetValue(path, out var read))
        {
            return Result<string?>.Ok(read);
        }

        return workspace.Guard.Resolve(Shown(path), "").Then(p => ExistingFile.Read(p, "")).Map(text => _disk[path] = text);
    }

    private void Set(string path, string? text) =>
        _overlay[path] = new Overlaid(text, _overlay.TryGetValue(path, out var before) ? before.Disk : _disk.GetValueOrDefault(path));

    private static void Follow(Dictionary<string, string> map, string from, string to)
    {
        if (map.Remove(from, out var value))
        {
            map[to] = value;
        }
    }

    // A step's path: rendered with the answers, inside the module's folder, never one of ModuleGen's records.
    private Result<string> Path(string template, MigrationStep step, IReadOnlyList<string> addons) => Render(template, step, addons).Then<string>(rendered =>
    {
        var relative = rendered.Replace('\\', '/').Trim('/');
        var resolved = workspace.Guard.Resolve(Shown(relative), "");
        if (!resolved.IsOk)
        {
            return Result<string>.Fail(resolved.Errors);
        }

        var inside = target.RelativePath.Length == 0 ? resolved.Value.RelativePath : resolved.Value.RelativePath.StartsWith(target.RelativePath + "/", StringComparison.Ordinal) ? resolved.Value.RelativePath[(target.RelativePath.Length + 1)..] : null;
        if (inside is null || inside.Length == 0 || AnswersLocation.IsAnswersName(System.IO.Path.GetFileName(inside)) || AnswersLocation.IsBaseName(System.IO.Path.GetFileName(inside)) || inside.Split('/').Any(s => s is ".modulegen" or ".git"))
        {
            return Refuse($"The path '{Preview.Of(rendered)}' is not a file or folder inside the module that a migration may change.", "Fix the pack: migration paths are relative to the module folder and never name ModuleGen's records.");
        }

        return Result<string>.Ok(inside);
    });

    private Result<string> Render(string template, MigrationStep step, IReadOnlyList<string> addons) =>
        engine.Render(new TemplateSource($"{pack.Label}/{PackManifestLoader.FileName}", template, step.Location), Model(addons));

    private Dictionary<string, object?> Model(IReadOnlyList<string> addons)
    {
        var model = _variables.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        model["addons"] = pack.Manifest.Addons.Select(a => a.Name).Concat(addons).Distinct(StringComparer.Ordinal).ToDictionary(a => a, a => (object?)addons.Contains(a), StringComparer.Ordinal);
        model["pack"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = pack.Manifest.Name, ["version"] = pack.Manifest.Version };
        model["target_dir"] = target.RelativePath;
        return model;
    }

    private string Full(string relative) => System.IO.Path.Join(target.FullPath, relative);

    private string Shown(string relative) => target.RelativePath.Length == 0 ? relative : $"{target.RelativePath}/{relative}";

    private const string ExistingFileBinary = "\0binary";

    private static ToolError Refuse(string message, string hint) => ToolError.Create(ErrorCodes.UpdateMigrationFailed, "", message, hint);

    private ToolError Failed(PackMigration migration, int step, ToolError error) =>
        ToolError.Create(ErrorCodes.UpdateMigrationFailed, "/template", $"Migration '{migration.Id}' ({migration.Version}) of pack '{pack.Manifest.Name}', step {step + 1}: {error.Message} Nothing was written.", error.Hint) with
        {
            Found = error.Found,
            Location = migration.Steps[step].Location ?? error.Location,
        };
}
