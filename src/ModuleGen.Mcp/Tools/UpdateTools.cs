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
/// merged with the user's edits; check every module against its pack, or update each one behind.</summary>
[McpServerToolType]
internal sealed class UpdateTools(UpdateService service)
{
    [McpServerTool(Name = "update_module", Title = "Update a generated module", ReadOnly = false, Idempotent = true, Destructive = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(UpdateAnswer))]
    [Description("Updates a generated module to its current pack or new inputs, three-way merged with your edits; needs_attention lists conflicts.")]
    public async Task<CallToolResult> UpdateModule(
        RequestContext<CallToolRequestParams> request,
        [Description("Generated folder, e.g. modules/orders.")] string? target_dir = null,
        [Description("Module name, instead of target_dir.")] string? module = null,
        [Description("Pack to update when several share the folder.")] string? template = null,
        [Description("Values to change, e.g. {\"port\": 4100}.")] JsonElement? variables = null,
        [Description("The whole new add-on list; omit to keep it.")] string[]? addons = null,
        [Description("true: preview only.")] bool dry_run = false,
        [Description("Overlapping edits: inline, diff3 (with base) or rej (.rej file).")] string? conflict = null,
        [Description("check: list modules behind their pack; all: update them all.")] string? mode = null,
        [Description("Agent migration step ids to mark done; nothing else runs.")] string[]? done = null,
        CancellationToken cancellationToken = default)
    {
        if (mode is "check" or "all")
        {
            var progress = ProgressRelay<UpdateProgress>.For(request, p => new ProgressNotificationValue { Progress = p.Done, Total = p.Total, Message = $"{p.Module}: {p.Outcome}" }, cancellationToken);
            var many = mode == "check" ? service.Check(target_dir, module, progress, cancellationToken) : service.UpdateAll(conflict, dry_run, progress, cancellationToken);
            if (progress is not null)
            {
                await progress.FlushAsync();
            }

            return ToolResultMapper.Map(many, r => r.Message);
        }

        if (mode is not null)
        {
            return ToolResultMapper.Failure([ToolError.Create(ErrorCodes.ArgumentInvalid, "/mode", $"mode must be check or all, not '{Preview.Of(mode)}'.",
                "Leave mode out to update one module; pass check to list modules behind their pack, all to update them.").WithFound(mode)]);
        }

        return ToolResultMapper.Map(
            VariableValues.FromJson(variables).Then(values =>
                service.Update(new UpdateRequest(target_dir, module, template, values, addons, dry_run, conflict, done), cancellationToken)),
            Summarise);
    }

    private static string Summarise(UpdateResult r) =>
        $"{(r.DryRun ? "Dry run of the update of" : "Updated")} {r.TargetDir} ({r.Template} {r.FromVersion} -> {r.ToVersion}): " +
        string.Join(", ", r.Counts.Where(c => c.Value > 0).Select(c => $"{c.Value} {c.Key}")) + $". {r.Message}";
}
