using ModuleGen.Core.Context;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Registry;

/// <summary>Gives templates what the workspace's registry means for a new module, under the model name
/// <c>registry</c>: <c>kind</c> (dg_workspace, workspace_yaml, or none when nothing registers here) and
/// <c>grpc_host</c>, the host form sibling gRPC locations use with <c>&lt;name&gt;</c> for the new location's name.
/// In a dg workspace a pack allocates no gRPC port and tells how dg runs the project.</summary>
public static class RegistryModel
{
    /// <summary>The model name templates read it under.</summary>
    public const string ModelName = "registry";

    /// <summary>Returns the model value for <paramref name="workspace"/> (deterministic: files read in ordinal order).</summary>
    public static Dictionary<string, object?> Read(ModuleGenWorkspace workspace)
    {
        var files = RegistryFile.Load(workspace, RegistryKinds.BuiltIn);
        var kind = files.IsOk ? RegistryTarget.KindFor(files.Value) : "none";
        var yaml = files.IsOk ? files.Value.FirstOrDefault(f => f.Kind is DagsterWorkspaceYaml && f.Text is not null)?.Text : null;
        var services = yaml is null ? [] : SiblingHosts.ComposeServices(workspace, WorkspaceScanner.Scan(workspace.Root, workspace.Config.Scan));
        return Sample(kind, SiblingHosts.Pattern(yaml, services));
    }

    /// <summary>Returns a model value with the given fields (the manifest check renders templates with one).</summary>
    public static Dictionary<string, object?> Sample(string kind = "workspace_yaml", string grpcHost = "localhost") =>
        new(StringComparer.Ordinal) { ["kind"] = kind, ["grpc_host"] = grpcHost };
}
