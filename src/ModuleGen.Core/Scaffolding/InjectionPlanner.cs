using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using ModuleGen.Core.Markers;
using ModuleGen.Core.Registry;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Plans the pack's injections: renders each snippet into its marker block, detects hand edits inside blocks
/// (against the hash its start marker records, or for older blocks the target's answers file), and checks that an edited YAML file still parses.</summary>
internal static class InjectionPlanner
{
    public static Result<ChangeSet> Plan(ScaffoldContext context, ChangeSet files)
    {
        var changes = files.Changes.ToList();
        var injections = new List<AnswersInjection>();
        var errors = new List<ToolError>();
        var texts = new Dictionary<string, (WorkspacePath Path, string? Original, string Current)>(StringComparer.Ordinal);
        var generated = files.Changes.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        var notes = new List<string>();
        var list = context.Pack.Manifest.Injections;
        for (var i = 0; i < list.Count; i++)
        {
            if (!context.Holds(list[i].When))
            {
                continue;
            }

            var planned = PlanOne(context, list[i], $"/injections/{i}", texts, generated, notes);
            if (!planned.IsOk)
            {
                errors.AddRange(planned.Errors);
                continue;
            }

            changes.Add(planned.Value.Change);
            if (planned.Value.Change.Kind != ChangeKind.Skip)
            {
                injections.Add(planned.Value.Record);
            }
            else if (context.Recorded?.Injections.FirstOrDefault(r => r.Target == planned.Value.Record.Target && r.Marker == planned.Value.Record.Marker) is { } kept)
            {
                // A skipped block keeps its content, so the records keep the hash of what was generated before.
                injections.Add(kept);
            }
        }

        if (errors.Count > 0)
        {
            return Result<ChangeSet>.Fail(errors);
        }

        var writes = files.Writes.Concat(texts.Values.Where(t => t.Current != t.Original).Select(t => new PendingWrite(t.Path, t.Current, t.Original)));
        return Result<ChangeSet>.Ok(files with { Changes = changes, Writes = writes.ToArray(), Injections = injections, Notes = notes });
    }

    private static Result<(PlannedChange Change, AnswersInjection Record)> PlanOne(ScaffoldContext context, PackInjection injection, string pointer,
        Dictionary<string, (WorkspacePath Path, string? Original, string Current)> texts, HashSet<string> generated, List<string> notes)
    {
        var baseRelative = injection.RelativeTo == "workspace" ? "" : context.Target.RelativePath;
        var target = DestinationRenderer.Render(context, injection.Target, injection.Location, baseRelative, $"{pointer}/target");
        var marker = context.Engine.Render(new TemplateSource(context.ManifestLabel, injection.Marker, injection.Location), context.Model);
        var snippet = context.Pack.ReadSource(injection.Snippet, $"{pointer}/snippet")
            .Then(t => context.Engine.Render(context.Pack.Template(injection.Snippet, t), context.Model));
        if (!target.IsOk || !marker.IsOk || !snippet.IsOk)
        {
            return Result<(PlannedChange, AnswersInjection)>.Fail(target.Errors.Concat(marker.Errors).Concat(snippet.Errors).ToArray());
        }

        var path = target.Value;
        var body = snippet.Value.Length == 0 || snippet.Value.EndsWith('\n') ? snippet.Value : snippet.Value + "\n";
        var anchor = injection.Anchor is null ? null : new Regex(injection.Anchor, RegexOptions.None, TimeSpan.FromSeconds(1));
        var indent = injection.Indent;
        int? place = null;
        if (injection.RelativeTo == "workspace" && RegistryKinds.BuiltIn.Any(k => k.Handles(path.RelativePath)))
        {
            // The workspace add-on registers where workspace_add would: the registry the repository uses.
            var routed = RegistryTarget.ForInjection(context.Workspace, path.RelativePath, context.Target.RelativePath, marker.Value, body, anchor, indent, $"{pointer}/target");
            if (!routed.IsOk)
            {
                return Result<(PlannedChange, AnswersInjection)>.Fail(routed.Errors);
            }

            (path, body, anchor, indent, place) = (routed.Value.Path, routed.Value.Content, routed.Value.Anchor, routed.Value.Indent, routed.Value.At);
            notes.AddRange(routed.Value.Notes);
        }

        if (!MarkerBlock.IsValidId(marker.Value) || generated.Contains(path.RelativePath) || MarkerBlock.CommentFor(path.RelativePath, injection.Comment) is not { } style)
        {
            return Invalid(pointer, path.RelativePath, marker.Value);
        }

        var firstTouch = !texts.ContainsKey(path.RelativePath);
        if (!texts.TryGetValue(path.RelativePath, out var state))
        {
            var existing = ExistingFile.Read(path, $"{pointer}/target");
            if (!existing.IsOk)
            {
                return Result<(PlannedChange, AnswersInjection)>.Fail(existing.Errors);
            }

            if (existing.Value is null && !injection.CreateIfMissing)
            {
                return ToolError.Create(ErrorCodes.ScaffoldInjectionTargetMissing, $"{pointer}/target", $"'{path.RelativePath}' does not exist, and the injection does not create it.",
                    $"Create '{path.RelativePath}' first (or use a pack whose injection sets create_if_missing).").WithFound(path.RelativePath);
            }

            var initial = existing.Value is null ? context.Engine.Render(new TemplateSource(context.ManifestLabel, injection.Initial, injection.Location), context.Model) : Result<string>.Ok(existing.Value);
            if (!initial.IsOk)
            {
                return Result<(PlannedChange, AnswersInjection)>.Fail(initial.Errors);
            }

            state = (path, existing.Value, initial.Value);
        }

        var edit = MarkerBlock.Apply(state.Current, marker.Value, body, style, indent, anchor, $"{pointer}/target", state.Current == state.Original ? place : null);
        if (!edit.IsOk)
        {
            return Result<(PlannedChange, AnswersInjection)>.Fail(edit.Errors.Select(e => e with { Found = path.RelativePath }).ToArray());
        }

        var hash = ContentHash.Of(body);
        var (kind, reason) = Decide(context, path.RelativePath, marker.Value, state, edit.Value, body);
        var after = kind is ChangeKind.Skip or ChangeKind.Conflict ? state.Current : edit.Value.Text;
        if (kind == ChangeKind.Inject && (IsYaml(path.RelativePath) ? !ParsesAsYaml(after) : IsToml(path.RelativePath) && !Registry.Toml.TomlReader.Read(after, path.RelativePath).IsOk))
        {
            return ToolError.Create(ErrorCodes.ScaffoldInjectionInvalid, $"{pointer}/target", $"Injecting the block '{marker.Value}' would leave '{path.RelativePath}' as invalid {(IsToml(path.RelativePath) ? "TOML" : "YAML")}.",
                "Check the file's indentation around the anchor line; ModuleGen places the block right after it.").WithFound(path.RelativePath);
        }

        texts[path.RelativePath] = (path, state.Original, after);
        // A file the injection creates diffs from /dev/null, so the dry run's patch applies with git apply.
        var before = state.Original is null && firstTouch ? null : state.Current;
        var change = new PlannedChange(path.RelativePath, kind, reason, $"files/{injection.Snippet}", marker.Value, hash, before, kind == ChangeKind.Conflict ? edit.Value.Text : after);
        return Result<(PlannedChange, AnswersInjection)>.Ok((change, new AnswersInjection(path.RelativePath, marker.Value, hash)));
    }

    private static (ChangeKind, string) Decide(ScaffoldContext context, string path, string marker, (WorkspacePath Path, string? Original, string Current) state, MarkerEdit edit, string body)
    {
        if (edit.Text == state.Current)
        {
            return (ChangeKind.Unchanged, $"The block '{marker}' already holds exactly this content.");
        }

        if (edit.PreviousContent is null)
        {
            return (ChangeKind.Inject, state.Original is null ? $"Creates the file with the block '{marker}'." : $"Adds the block '{marker}'.");
        }

        // The start marker records the hash of what ModuleGen wrote; blocks written before it did fall back to the answers file.
        var recorded = edit.PreviousHash ?? context.Recorded?.Injections.FirstOrDefault(r => r.Target == path && r.Marker == marker)?.Sha256;
        if (recorded is not null && recorded == ContentHash.Of(edit.PreviousContent))
        {
            return (ChangeKind.Inject, $"Updates the block '{marker}', which still holds what an earlier scaffold wrote.");
        }

        return context.Policy switch
        {
            ConflictPolicy.Overwrite => (ChangeKind.Inject, $"The block '{marker}' was edited by hand; on_conflict=overwrite replaces its content."),
            ConflictPolicy.Skip or ConflictPolicy.Merge => (ChangeKind.Skip, $"The block '{marker}' was edited by hand; on_conflict={(context.Policy == ConflictPolicy.Skip ? "skip" : "merge")} keeps it."),
            _ => (ChangeKind.Conflict, $"The block '{marker}' was edited by hand; on_conflict=fail refuses to apply (pass merge, skip or overwrite)."),
        };
    }

    private static Result<(PlannedChange, AnswersInjection)> Invalid(string pointer, string path, string marker) =>
        ToolError.Create(ErrorCodes.ScaffoldInjectionInvalid, pointer,
            $"The injection into '{path}' cannot be placed: its marker id '{Preview.Of(marker)}' must use letters, digits, '_', '-', '.' or ':', the file may not also be generated by the pack, and its type needs a known comment syntax.",
            "Fix the pack's injection (set 'comment' for unusual file types).").WithFound(path);

    private static bool IsYaml(string path) => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static bool IsToml(string path) => path.EndsWith(".toml", StringComparison.OrdinalIgnoreCase);

    private static bool ParsesAsYaml(string text)
    {
        try
        {
            YamlText.Load(text);
            return true;
        }
        catch (YamlException)
        {
            return false;
        }
    }
}
