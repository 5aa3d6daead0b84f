using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Common;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Updating;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the Updating capability: bring a generated module to its pack's current version or new inputs,
/// merged with the user's edits; a variable the new pack version requires is asked for when the client can ask
/// (<see cref="VariableElicitation"/>); without a module, check every module against its pack (dry run) or update each
/// one behind.</summary>
[McpServerToolType]
internal sealed class UpdateTools(UpdateService service, LargeResults large)
{
    [McpServerTool(Name = "update_module", Title = "Update a generated module", ReadOnly = false, Idempotent = true, Destructive = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(UpdateAnswer))]
    [Description("Updates a generated module to its current pack or new inputs, three-way merged with your edits; no target: every module.")]
    public async Task<CallToolResult> UpdateModule(
        RequestContext<CallToolRequestParams> request,
        [Description("Module folder, e.g. modules/orders.")] string? target_dir = null,
        [Description("Or the module (name or plan module).")] string? module = null,
        [Description("Plan brick, when several were generated.")] string? brick = null,
        [Description("Pack, when several share the folder.")] string? template = null,
        [Description("Variables to change, by name.")] JsonElement? variables = null,
        [Description("New add-on list; omit to keep it.")] string[]? addons = null,
        [Description("true: preview only.")] bool? dry_run = null,
        [Description("inline, diff3 or rej.")] string? conflict = null,
        [Description("Agent migration steps to mark done.")] string? done = null,
        CancellationToken cancellationToken = default)
    {
        // No module named: every generated module, the dry run being the check of where each stands.
        if (target_dir is null && module is null && brick is null && template is null && done is null && variables is null && addons is null)
        {
            var many = ProgressRelay<UpdateProgress>.For(request, p => new ProgressNotificationValue { Progress = p.Done, Total = p.Total, Message = $"{p.Module}: {p.Outcome}" }, cancellationToken);
            var all = service.UpdateAll(conflict, dry_run ?? false, many, cancellationToken);
            if (many is not null)
            {
                await many.FlushAsync();
            }

            return ToolResultMapper.Map(all, r => r.Message);
        }

        var values = VariableValues.FromJson(variables);
        var steps = done?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        UpdateRequest With(IReadOnlyDictionary<string, object?> v) => new(target_dir, module, template, v, addons, dry_run ?? false, conflict, steps) { Brick = brick };
        var shown = target_dir ?? module ?? "the module";
        return await ProgressRelay<StepProgress>.AroundAsync(request, StepNotifications.Of, async progress =>
        {
            progress?.Report(new StepProgress(0, 1, $"updating {shown}"));
            var (outcome, asked) = values.IsOk
                ? await VariableElicitation.RunAsync(request, () => service.PackOf(With(values.Value)), values.Value,
                    v => Task.FromResult(service.Update(With(v), cancellationToken)), cancellationToken)
                : (Result<UpdateResult>.Fail(values.Errors), []);
            progress?.Report(new StepProgress(1, 1, $"{(outcome.IsOk ? "updated" : "refused")} {shown}"));
            ResourceLinkBlock? link = null;
            return ToolResultMapper.Map(outcome.Map(r => Linked(Shaped(r), out link)), r => Summarise(r) + VariableElicitation.Note(asked), link);
        }, cancellationToken);
    }

    /// <summary>Answers what changes: unchanged files are counted, not listed; the answers file's diff only restates
    /// the other changes; the values in force are listed only when something changes.</summary>
    private static UpdateResult Shaped(UpdateResult r)
    {
        var changes = r.Changes.Where(c => c.Action != UpdateAction.Unchanged).Select(c => c.Source == "answers" ? c with { Diff = null } : c).ToArray();
        return r with { Changes = changes, Variables = changes.Any(c => c.Action is not (UpdateAction.Record or UpdateAction.Unchanged)) ? r.Variables : [] };
    }

    // Diffs over the inline limit go to a resource link; the changes stay listed.
    private UpdateResult Linked(UpdateResult r, out ResourceLinkBlock? link)
    {
        link = large.KeepDiffs(r.Changes.Select(c => c.Diff), $"update-{r.Template}-{r.ToVersion}.diff", $"The unified diffs of the dry run of the update of {r.TargetDir}.");
        return link is null ? r : r with { Changes = r.Changes.Select(c => c with { Diff = null }).ToArray(), DiffsUri = link.Uri };
    }

    private static string Summarise(UpdateResult r) =>
        $"{(r.DryRun ? "Dry run of the update of" : "Updated")} {r.TargetDir} ({r.Template} {r.FromVersion} -> {r.ToVersion}): " +
        string.Join(", ", r.Counts.Where(c => c.Value > 0).Select(c => $"{c.Value} {c.Key}")) + $". {r.Message}" +
        (r.DiffsUri is null ? "" : $" The diffs are too large to show here: read {r.DiffsUri}.");
}
