using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Updating;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the Updating capability: bring a generated module to its pack's current version or new inputs,
/// merged with the user's edits.</summary>
[McpServerToolType]
internal sealed class UpdateTools(UpdateService service, LargeResults large)
{
    [McpServerTool(Name = "update_module", Title = "Update a generated module", ReadOnly = false, Idempotent = true, Destructive = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(UpdateResult))]
    [Description("Updates a generated module to its current pack or new inputs, three-way merged with your edits.")]
    public CallToolResult UpdateModule(
        [Description("Generated folder, e.g. modules/orders.")] string? target_dir = null,
        [Description("Module name (or plan module), instead of target_dir.")] string? module = null,
        [Description("Plan brick, when several were generated.")] string? brick = null,
        [Description("Pack to update when several share the folder.")] string? template = null,
        [Description("Values to change, e.g. {\"port\": 4100}.")] JsonElement? variables = null,
        [Description("The whole new add-on list; omit to keep it.")] string[]? addons = null,
        [Description("true: preview only.")] bool dry_run = false,
        [Description("Overlapping edits: inline markers or a .rej file (rej).")] string conflict = "inline",
        CancellationToken cancellationToken = default)
    {
        var updated = VariableValues.FromJson(variables).Then(values =>
            service.Update(new UpdateRequest(target_dir, module, template, values, addons, dry_run, conflict) { Brick = brick }, cancellationToken));
        ResourceLinkBlock? link = null;
        return ToolResultMapper.Map(updated.Map(r => Linked(Shaped(r), out link)), Summarise, link);
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
