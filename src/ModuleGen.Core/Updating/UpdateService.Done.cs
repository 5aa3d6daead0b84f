using ModuleGen.Core.Common;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Updating;

/// <summary>Records agent migration steps as done: the one thing update_module does when it is given <c>done</c>.</summary>
public sealed partial class UpdateService
{
    // Only the migrations section of the answers file changes; the files, their hashes and the version stay as they are.
    private Result<PlannedUpdate> MarkDone(TemplatePack pack, WorkspacePath target, AnswersRecords.Location records, AnswersFile recorded, IReadOnlyList<string> done, bool dryRun)
    {
        var errors = new List<ToolError>();
        var migrations = recorded.Migrations.ToList();
        var pendingIds = string.Join(", ", migrations.Where(m => m.Status == AnswersMigration.Pending).Select(m => m.Id));
        for (var i = 0; i < done.Count; i++)
        {
            var index = migrations.FindIndex(m => m.Id == done[i]);
            if (index < 0)
            {
                errors.Add(ToolError.Create(ErrorCodes.UpdateMigrationUnknown, $"/done/{i}", $"'{records.Answers.RelativePath}' records no migration step '{Preview.Of(done[i])}'.",
                    pendingIds.Length > 0 ? $"Steps still pending there: {pendingIds}." : "No migration step is pending there; nothing needs marking.").WithFound(done[i]));
                continue;
            }

            migrations[index] = migrations[index] with { Status = AnswersMigration.Done };
        }

        if (errors.Count > 0)
        {
            return Result<PlannedUpdate>.Fail(errors);
        }

        var declared = pack.Manifest.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var known = pack.Manifest.Addons.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        return scaffold.Render(pack, target, ConflictPolicy.Skip, records, recorded.Variables.Where(v => declared.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal),
            recorded.Addons.Where(known.Contains).ToArray()).Map(rendered =>
        {
            var text = AnswersFileFormat.Write(recorded with { Migrations = migrations });
            var changed = text != records.AnswersText;
            var entry = new UpdatePlanner.Entry(records.Answers.RelativePath, changed ? UpdateAction.Record : UpdateAction.Unchanged,
                changed ? "Records the migration step(s) as done." : "It already records the step(s) as done.", "answers", null, records.AnswersText, text, [], false);
            var runner = new MigrationRunner(workspace, scaffold.Engine, pack, target);
            var pending = migrations.Where(m => m.Status == AnswersMigration.Pending).Select(m => runner.Describe(m, recorded)).ToArray();
            var hashes = rendered.Set.Changes.Where(c => c.Marker is null).Select(c => new KeyValuePair<string, string>(Relative(target, c.Path), c.Sha256));
            return new PlannedUpdate(rendered, recorded.Version, [entry], changed ? [new PendingWrite(records.Answers, text, records.AnswersText)] : [], records.Answers.RelativePath,
                PackFreshness.Of(recorded.Version, pack.Manifest.Version, hashes, recorded.Files))
            {
                ToVersion = recorded.Version,
                Pending = pending,
                Summary = $"{(dryRun ? "Dry run: would mark" : changed ? "Marked" : "Already marked")} {done.Count} migration step(s) done" +
                    (pending.Length > 0 ? $"; {pending.Length} still pending (pending_migrations)." : "; none is pending now.") + (dryRun ? " Nothing was written." : ""),
            };
        });
    }
}
