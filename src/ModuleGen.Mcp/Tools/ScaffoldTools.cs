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
internal sealed class ScaffoldTools(ScaffoldService service, PackCatalogue catalogue)
{
    [McpServerTool(Name = "scaffold", Title = "Scaffold a module", ReadOnly = false, Idempotent = true, Destructive = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(ScaffoldResult))]
    [Description("Renders a template pack into target_dir, all or nothing, and records its answers. dry_run=true first: changes and diffs, nothing written.")]
    public async Task<CallToolResult> Scaffold(
        RequestContext<CallToolRequestParams> request,
        [Description("Pack name, e.g. dagster-module.")] string template,
        [Description("Workspace-relative folder, e.g. modules/orders.")] string target_dir,
        [Description("Values by name, e.g. {\"module\": \"orders\"}; ports accept auto.")] JsonElement? variables = null,
        [Description("Add-on names to include.")] string[]? addons = null,
        [Description("true: preview only.")] bool dry_run = false,
        [Description("Existing files that differ: fail (default), skip or overwrite.")] string on_conflict = "fail",
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
                v => service.ScaffoldAsync(new ScaffoldRequest(template, target_dir, v, addons ?? [], dry_run, on_conflict, change_set_id), progress, cancellationToken), cancellationToken)
            : (Result<ScaffoldResult>.Fail(values.Errors), []);
        var result = ToolResultMapper.Map(outcome, r => Summarise(r) + VariableElicitation.Note(asked));
        if (progress is not null)
        {
            await progress.FlushAsync();
        }

        return result;
    }

    private static string Summarise(ScaffoldResult r) =>
        $"{(r.DryRun ? "Dry run of" : "Scaffolded")} {r.Template} {r.Version} into {r.TargetDir}: " +
        string.Join(", ", r.Counts.Where(c => c.Value > 0).Select(c => $"{c.Value} {c.Key}")) + $". {r.Message}";
}
