using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Registry;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the Registry capability: the workspace's Dagster registry files, edited only inside marker blocks.</summary>
[McpServerToolType]
internal sealed class RegistryTools(WorkspaceRegistryService registry)
{
    private const string ModuleParameter = "Module folder name, e.g. 'orders'.";

    [McpServerTool(Name = "workspace_list", Title = "List registry entries", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(WorkspaceListResult))]
    [Description("Lists every entry of the registry files (workspace.yaml, dg.toml) with its line and whether ModuleGen manages it (inside a marker block). Read-only.")]
    public CallToolResult WorkspaceList() => ToolResultMapper.Map(registry.List(), r =>
        $"{r.Entries.Count} entr(y/ies) in {r.Files.Count(f => f.Exists)} registry file(s); {r.Entries.Count(e => e.Managed)} managed by ModuleGen." +
        string.Concat(r.Entries.Take(20).Select(e => $"\n- {e.File}:{e.Line} {e.Kind} {e.LocationName ?? e.Path ?? e.ModuleName}{(e.Managed ? $" [modulegen:{e.Marker}{(e.HandEdited ? ", edited by hand" : "")}]" : "")}")));

    [McpServerTool(Name = "workspace_validate", Title = "Validate the registry", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(WorkspaceValidateResult))]
    [Description("Checks the registry against the modules: missing modules, duplicate locations, port collisions, hand-edited blocks, modules not registered. Read-only; findings with file and line.")]
    public CallToolResult WorkspaceValidate() => ToolResultMapper.Map(registry.Validate(), r =>
        $"{(r.Valid ? "Valid" : "Invalid")}: {r.Findings.Count} finding(s)." +
        string.Concat(r.Findings.Take(10).Select(f => $"\n- {f.Severity.ToString().ToLowerInvariant()} {f.Code} {f.File}{(f.Line is { } l ? $":{l}" : "")}: {f.Message}")));

    [McpServerTool(Name = "workspace_add", Title = "Register a module", ReadOnly = false, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(RegistryEditResult))]
    [Description("Registers a generated module in the registry files as its answers file says, inside a hashed marker block; backs files up first. A second call changes nothing.")]
    public CallToolResult WorkspaceAdd([Description(ModuleParameter)] string module) =>
        ToolResultMapper.Map(registry.Add(new WorkspaceAddRequest(module)), Summarise);

    [McpServerTool(Name = "workspace_remove", Title = "Unregister a module", ReadOnly = false, Idempotent = true, Destructive = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(RegistryEditResult))]
    [Description("Removes a module's marker blocks from the registry files, giving back their bytes from before the add; backs files up first. The module need not exist.")]
    public CallToolResult WorkspaceRemove([Description(ModuleParameter)] string module) =>
        ToolResultMapper.Map(registry.Remove(new WorkspaceRemoveRequest(module)), Summarise);

    [McpServerTool(Name = "workspace_sync", Title = "Sync the registry", ReadOnly = false, Idempotent = true, Destructive = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(RegistryEditResult))]
    [Description("Makes the registry match the modules: registers those that chose the workspace add-on, drops blocks of modules that are gone. Keeps hand-edited blocks.")]
    public CallToolResult WorkspaceSync(
        [Description("true: return the changes and unified diffs, write nothing.")] bool dry_run = false,
        [Description("change_set_id from a dry run; the apply refuses if the changes differ.")] string? change_set_id = null) =>
        ToolResultMapper.Map(registry.Sync(new WorkspaceSyncRequest(dry_run, change_set_id)), Summarise);

    private static string Summarise(RegistryEditResult r) =>
        r.Message + string.Concat(r.Changes.Take(20).Select(c => $"\n- {c.Action} {c.Module} {c.File}")) + string.Concat(r.Warnings.Take(5).Select(w => $"\nwarning: {w}"));
}
