using ModuleGen.Core.Common;
using ModuleGen.Core.Templates;

using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Plans the pack's files: which apply (conditions), where they go, what they contain, and what happens to
/// each given what is on disk and the conflict policy.</summary>
internal static class FilePlanner
{
    public static Result<ChangeSet> Plan(ScaffoldContext context)
    {
        var changes = new List<PlannedChange>();
        var writes = new List<PendingWrite>();
        var hashes = new List<KeyValuePair<string, string>>();
        var errors = new List<ToolError>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var files = context.Pack.Manifest.Files;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (!context.Holds(file.When))
            {
                continue;
            }

            var pointer = $"/files/{i}/destination";
            var destination = DestinationRenderer.Render(context, file.Destination, file.DestinationLocation, context.Target.RelativePath, pointer);
            var content = Content(context, file, $"/files/{i}/source");
            if (!destination.IsOk || !content.IsOk)
            {
                errors.AddRange(destination.Errors.Concat(content.Errors));
                continue;
            }

            var path = destination.Value;
            if (!seen.TryAdd(path.RelativePath, i))
            {
                errors.Add(ToolError.Create(ErrorCodes.ScaffoldDestinationCollision, pointer, $"Files {seen[path.RelativePath]} and {i} of pack '{context.Pack.Manifest.Name}' both render to '{path.RelativePath}'.",
                    "Fix the pack's destinations or conditions so each file has its own path.").WithFound(path.RelativePath));
                continue;
            }

            var existing = ExistingFile.Read(path, pointer);
            if (!existing.IsOk)
            {
                errors.AddRange(existing.Errors);
                continue;
            }

            var hash = ContentHash.Of(content.Value);
            var targetRelative = context.Target.RelativePath.Length == 0 ? path.RelativePath : path.RelativePath[(context.Target.RelativePath.Length + 1)..];
            var (kind, reason) = Decide(context, existing.Value, content.Value, targetRelative);
            // A skipped file keeps what it held, so the records keep what was generated before (or nothing): recording
            // the render that was not written would make the audit call the untouched file edited.
            var recorded = kind == ChangeKind.Skip ? context.Recorded?.Files.FirstOrDefault(f => f.Key == targetRelative).Value : hash;
            if (recorded is not null)
            {
                hashes.Add(new(targetRelative, recorded));
            }

            var written = content.Value;
            if (kind == ChangeKind.Merge)
            {
                var merged = context.Merger!.Merge(existing.Value!, content.Value, $"{context.Pack.Manifest.Name} {context.Pack.Manifest.Version}");
                written = merged.Text;
                reason = merged.Conflicts == 0
                    ? $"{reason} Merged without conflict: lines only one side has are both kept."
                    : $"{reason} {merged.Conflicts} conflict(s) keep both sides between <<<<<<< and >>>>>>> markers: resolve them.";
            }

            changes.Add(new PlannedChange(path.RelativePath, kind, reason, $"files/{file.Source}", null, hash, existing.Value, written));
            if (kind is ChangeKind.Create or ChangeKind.Overwrite or ChangeKind.Merge)
            {
                writes.Add(new PendingWrite(path, written, existing.Value));
            }
        }

        return errors.Count > 0 ? Result<ChangeSet>.Fail(errors) : Result<ChangeSet>.Ok(new ChangeSet(changes, writes, hashes, []));
    }

    /// <summary>Renders every file the pack generates for the context's model and returns each target-relative path with
    /// the hash of its content, without reading the disk: what the answers file would record (files that fail to render
    /// are left out).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> RenderedHashes(ScaffoldContext context)
    {
        var hashes = new List<KeyValuePair<string, string>>();
        var files = context.Pack.Manifest.Files;
        for (var i = 0; i < files.Count; i++)
        {
            if (context.Holds(files[i].When) &&
                DestinationRenderer.Render(context, files[i].Destination, files[i].DestinationLocation, context.Target.RelativePath, "") is { IsOk: true } destination &&
                Content(context, files[i], "") is { IsOk: true } content)
            {
                var path = destination.Value.RelativePath;
                hashes.Add(new(context.Target.RelativePath.Length == 0 ? path : path[(context.Target.RelativePath.Length + 1)..], ContentHash.Of(content.Value)));
            }
        }

        return hashes;
    }

    private static Result<string> Content(ScaffoldContext context, PackFile file, string pointer)
    {
        var text = context.Pack.ReadSource(file.Source, pointer);
        return file.IsTemplate
            ? text.Then(t => context.Engine.Render(context.Pack.Template(file.Source, t), context.Model))
            : text;
    }

    private static (ChangeKind, string) Decide(ScaffoldContext context, string? existing, string content, string targetRelative)
    {
        if (existing is null)
        {
            return (ChangeKind.Create, "The file does not exist yet.");
        }

        if (existing == content)
        {
            return (ChangeKind.Unchanged, "The file already has exactly this content.");
        }

        var recorded = context.Recorded?.Files.FirstOrDefault(f => f.Key == targetRelative).Value;
        var origin = recorded is not null && recorded == ContentHash.Of(existing)
            ? "It holds what an earlier scaffold generated (unedited), but the new inputs render it differently"
            : recorded is not null ? "It was edited since an earlier scaffold generated it" : "It exists with different content that ModuleGen did not generate";
        return context.Policy switch
        {
            ConflictPolicy.Overwrite => (ChangeKind.Overwrite, $"{origin}; on_conflict=overwrite replaces it."),
            ConflictPolicy.Skip => (ChangeKind.Skip, $"{origin}; on_conflict=skip keeps it."),
            ConflictPolicy.Merge when context.Merger is not null => (ChangeKind.Merge, $"{origin}; on_conflict=merge merges it with the render."),
            _ => (ChangeKind.Conflict, $"{origin}; on_conflict=fail refuses to apply (pass merge, skip or overwrite)."),
        };
    }
}
