using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Updating;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the Updating capability: bring a generated module to its pack's current version or new inputs,
/// merged with the user's edits; without a module, check every module against its pack (dry run) or update each one behind.</summary>
[McpServerToolType]
internal sealed class UpdateTools(UpdateService service)
{
    [McpServerTool(Name = "update_module", Title = "Update a generated module", ReadOnly = false, Idempotent = true, Destructive = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(UpdateAnswer))]
    [Description("Updates a generated module to its current pack or new inputs, three-way merged with your edits; no target: every module.")]
    public async Task<CallToolResult> UpdateModule(
        RequestContext<CallToolRequestParams> request,
        [Description("Module folder, e.g. modules/orders.")] string? target_dir = null,
        [Description("Or the module name.")] string? module = null,
        [Description("Pack, when several share the folder.")] string? template = null,
        [Description("Variables to change, by name.")] JsonElement? variables = null,
        [Description("New add-on list; omit to keep it.")] string[]? addons = null,
        [Description("true: preview only.")] bool? dry_run = null,
        [Description("inline, diff3 or rej.")] string? conflict = null,
        [Description("Agent migration steps to mark done.")] string? done = null,
        CancellationToken cancellationToken = default)
    {
        // No module named: every generated module, the dry run being the check of where each stands.
        if (target_dir is null && module is null && template is null && done is null && variables is null && addons is null)
        {
            var progress = ProgressRelay<UpdateProgress>.For(request, p => new ProgressNotificationValue { Progress = p.Done, Total = p.Total, Message = $"{p.Module}: {p.Outcome}" }, cancellationToken);
            var many = service.UpdateAll(conflict, dry_run ?? false, progress, cancellationToken);
            if (progress is not null)
            {
                await progress.FlushAsync();
            }

            return ToolResultMapper.Map(many, r => r.Message);
        }

        var steps = done?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return ToolResultMapper.Map(
            VariableValues.FromJson(variables).Then(values =>
                service.Update(new UpdateRequest(target_dir, module, template, values, addons, dry_run ?? false, conflict, steps), cancellationToken)),
            Summarise);
    }

    private static string Summarise(UpdateResult r) =>
        $"{(r.DryRun ? "Dry run of the update of" : "Updated")} {r.TargetDir} ({r.Template} {r.FromVersion} -> {r.ToVersion}): " +
        string.Join(", ", r.Counts.Where(c => c.Value > 0).Select(c => $"{c.Value} {c.Key}")) + $". {r.Message}";
}
