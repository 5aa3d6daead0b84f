using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Common;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the Scaffolding capability: render a pack into a folder, transactionally; a missing or refused
/// variable is asked for when the client can ask (<see cref="VariableElicitation"/>).</summary>
[McpServerToolType]
internal sealed class ScaffoldTools(ScaffoldService service, PackCatalogue catalogue, LargeResults large)
{
    [McpServerTool(Name = "scaffold", Title = "Scaffold a module", ReadOnly = false, Idempotent = true, Destructive = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(ScaffoldResult))]
    [Description("Renders a template pack into a folder, all or nothing, and records its answers; module+brick take all from the plan. dry_run first.")]
    public async Task<CallToolResult> Scaffold(
        RequestContext<CallToolRequestParams> request,
        [Description("Plan module: template, folder and inputs from its brick.")] string? module = null,
        [Description("Plan brick (needed when several have a pack).")] string? brick = null,
        [Description("Pack name, e.g. dagster-module.")] string? template = null,
        [Description("Workspace-relative folder, e.g. modules/orders.")] string? target_dir = null,
        [Description("Values by name, e.g. {\"module\": \"orders\"}; ports accept auto.")] JsonElement? variables = null,
        [Description("Add-on names to include.")] string[]? addons = null,
        [Description("true: preview only.")] bool dry_run = false,
        [Description("Existing files that differ: fail (default), merge, skip or overwrite.")] string on_conflict = "fail",
        [Description("From a dry run; refused if it differs.")] string? change_set_id = null,
        CancellationToken cancellationToken = default)
    {
        var progress = ProgressRelay<ScaffoldProgress>.For(request, p => new ProgressNotificationValue
        {
            Progress = p.Done,
            Total = p.Total,
            Message = $"{p.Kind.ToString().ToLowerInvariant()} {p.Path}",
        }, cancellationToken);
        var values = VariableValues.FromJson(variables);
        var (outcome, asked) = values.IsOk
            ? await VariableElicitation.RunAsync(request, () => catalogue.Find(template), values.Value,
                v => service.ScaffoldAsync(new ScaffoldRequest(template, target_dir, v, addons, dry_run, on_conflict, change_set_id) { Module = module, Brick = brick }, progress, cancellationToken),
                cancellationToken)
            : (Result<ScaffoldResult>.Fail(values.Errors), []);
        ResourceLinkBlock? link = null;
        var result = ToolResultMapper.Map(outcome.Map(r => Linked(r, out link)), r => Summarise(r) + VariableElicitation.Note(asked), link);
        if (progress is not null)
        {
            await progress.FlushAsync();
        }

        return result;
    }

    // Diffs over the inline limit go to a resource link; the changes stay listed with their paths and sizes.
    private ScaffoldResult Linked(ScaffoldResult r, out ResourceLinkBlock? link)
    {
        link = large.KeepDiffs(r.Changes.Select(c => c.Diff), $"scaffold-{r.ChangeSetId}.diff", $"The unified diffs of the dry run of {r.Template} into {r.TargetDir}.");
        return link is null ? r : r with { Changes = r.Changes.Select(c => c with { Diff = null }).ToArray(), DiffsUri = link.Uri };
    }

    private static string Summarise(ScaffoldResult r) =>
        $"{(r.DryRun ? "Dry run of" : "Scaffolded")} {r.Template} {r.Version} into {r.TargetDir}: " +
        string.Join(", ", r.Counts.Where(c => c.Value > 0).Select(c => $"{c.Value} {c.Key}")) + $". {r.Message}" +
        (r.DiffsUri is null ? "" : $" The diffs are too large to show here: read {r.DiffsUri}.");
}
