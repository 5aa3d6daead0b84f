using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Common;
using ModuleGen.Core.Registry;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the Registry capability: the workspace's Dagster registry files, edited only inside marker blocks.</summary>
[McpServerToolType]
internal sealed class RegistryTools(WorkspaceRegistryService registry)
{
    private const string ModuleParameter = "Module folder name.";
    private const string DryRunParameter = "true: preview only.";
    private const string ChangeSetParameter = "From a dry run; refused if it differs.";

    [McpServerTool(Name = "workspace_list", Title = "List registry entries", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(WorkspaceListResult))]
    [Description("Lists the registry entries (workspace.yaml, dg.toml) with their line and whether ModuleGen manages them.")]
    public CallToolResult WorkspaceList() => ToolResultMapper.Map(registry.List(), r =>
        $"{r.Entries.Count} entr(y/ies) in {r.Files.Count(f => f.Exists)} registry file(s); {r.Entries.Count(e => e.Managed)} managed by ModuleGen." +
        string.Concat(r.Entries.Take(20).Select(e => $"\n- {e.File}:{e.Line} {e.Kind} {e.LocationName ?? e.Path ?? e.ModuleName}{(e.Managed ? $" [modulegen:{e.Marker}{(e.HandEdited ? ", edited by hand" : "")}]" : "")}")));

    [McpServerTool(Name = "workspace_validate", Title = "Validate the registry", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(WorkspaceValidateResult))]
    [Description("Checks the registry against the modules: missing modules, duplicates, ports, edited blocks.")]
    public CallToolResult WorkspaceValidate() => ToolResultMapper.Map(registry.Validate(), r =>
        $"{(r.Valid ? "Valid" : "Invalid")}: {r.Findings.Count} finding(s)." +
        string.Concat(r.Findings.Take(10).Select(f => $"\n- {f.Severity.ToString().ToLowerInvariant()} {f.Code} {f.File}{(f.Line is { } l ? $":{l}" : "")}: {f.Message}")));

    [McpServerTool(Name = "workspace_add", Title = "Register a module", ReadOnly = false, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(RegistryEditResult))]
    [Description("Registers a generated module in the registry the workspace uses, inside a marker block. Idempotent.")]
    public CallToolResult WorkspaceAdd(
        [Description(ModuleParameter)] string module,
        [Description(DryRunParameter)] bool dry_run = false,
        [Description(ChangeSetParameter)] string? change_set_id = null,
        CancellationToken cancellationToken = default) =>
        ToolResultMapper.Map(registry.Add(new WorkspaceAddRequest(module, dry_run, change_set_id), cancellationToken), Summarise);

    [McpServerTool(Name = "workspace_remove", Title = "Unregister a module", ReadOnly = false, Idempotent = true, Destructive = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(RegistryEditResult))]
    [Description("Removes a module's marker blocks from the registry, restoring its bytes from before the add.")]
    public CallToolResult WorkspaceRemove(
        [Description(ModuleParameter)] string module,
        [Description(DryRunParameter)] bool dry_run = false,
        [Description(ChangeSetParameter)] string? change_set_id = null,
        CancellationToken cancellationToken = default) =>
        ToolResultMapper.Map(registry.Remove(new WorkspaceRemoveRequest(module, dry_run, change_set_id), cancellationToken), Summarise);

    [McpServerTool(Name = "workspace_sync", Title = "Sync the registry", ReadOnly = false, Idempotent = true, Destructive = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(RegistryEditResult))]
    [Description("Makes the registry match the modules: adds those that chose the workspace add-on, drops blocks of gone ones.")]
    public Task<CallToolResult> WorkspaceSync(
        RequestContext<CallToolRequestParams> request,
        [Description(DryRunParameter)] bool dry_run = false,
        [Description(ChangeSetParameter)] string? change_set_id = null,
        CancellationToken cancellationToken = default) =>
        ProgressRelay<StepProgress>.AroundAsync(request, StepNotifications.Of,
            progress => Task.FromResult(ToolResultMapper.Map(registry.Sync(new WorkspaceSyncRequest(dry_run, change_set_id), progress, cancellationToken), Summarise)), cancellationToken);

    private static string Summarise(RegistryEditResult r) =>
        r.Message + string.Concat(r.Changes.Take(20).Select(c => $"\n- {c.Action} {c.Module} {c.File}")) + string.Concat(r.Warnings.Take(5).Select(w => $"\nwarning: {w}"));
}
