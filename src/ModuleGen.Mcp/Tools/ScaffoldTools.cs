using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the Scaffolding capability: render a pack into a folder, transactionally.</summary>
[McpServerToolType]
internal sealed class ScaffoldTools(ScaffoldService service)
{
    [McpServerTool(Name = "scaffold", Title = "Scaffold from a template pack", ReadOnly = false, Idempotent = true, Destructive = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(ScaffoldResult))]
    [Description("Renders a template pack into target_dir: validates variables and add-ons against the pack, computes every change first " +
        "(create, overwrite, skip, inject, unchanged or conflict, each with its reason), then writes all of it or nothing and records " +
        ".modulegen-answers.yaml in target_dir. Call with dry_run=true first: it returns the change set with unified diffs and writes nothing. " +
        "A second run with the same inputs changes nothing. Errors: scaffold.variable_* at /variables/<name>, scaffold.addon_* at /addons/<i>, " +
        "scaffold.conflict when a file differs and on_conflict=fail, scaffold.path_variable when a value would add or climb a folder, " +
        "path.* when target_dir leaves the workspace, scaffold.commit_failed when writing failed (everything was put back).")]
    public async Task<CallToolResult> Scaffold(
        RequestContext<CallToolRequestParams> request,
        [Description("Pack name, as listed by list_templates.")] string template,
        [Description("Workspace-relative folder to generate into (created when missing), e.g. 'modules/orders'.")] string target_dir,
        [Description("Variable values by name, e.g. {\"module\": \"orders\", \"grpc_port\": 4100}; see describe_template. Port variables accept 'auto'.")] JsonElement? variables = null,
        [Description("Add-ons to include, e.g. [\"postgresql\", \"schedules\"]; see describe_template for conflicts and requirements.")] string[]? addons = null,
        [Description("true: return the change set with unified diffs and write nothing.")] bool dry_run = false,
        [Description("What to do with existing files that differ: 'fail' (default: refuse, list conflicts), 'skip' (keep them) or 'overwrite'.")] string on_conflict = "fail",
        CancellationToken cancellationToken = default)
    {
        var progress = ProgressRelay<ScaffoldProgress>.For(request, p => new ProgressNotificationValue
        {
            Progress = p.Done,
            Total = p.Total,
            Message = $"{p.Kind.ToString().ToLowerInvariant()} {p.Path}",
        }, cancellationToken);
        var result = ToolResultMapper.Map(
            VariableValues.FromJson(variables).Then(values =>
                service.Scaffold(new ScaffoldRequest(template, target_dir, values, addons ?? [], dry_run, on_conflict), progress)),
            Summarise);
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
