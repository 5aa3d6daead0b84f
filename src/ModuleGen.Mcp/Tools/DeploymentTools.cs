using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Deployment;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the Deployment capability: named git or rsync deployments of a generated module.</summary>
[McpServerToolType]
internal sealed class DeploymentTools(DeploymentService deployments)
{
    [McpServerTool(Name = "configure_deployment", Title = "Configure a deployment", ReadOnly = false, Idempotent = true, Destructive = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(ConfigureDeploymentResult))]
    [Description("Writes deploy/<name>.yaml and .sh for a module from its pack's git or rsync templates; secrets go in <key>_env.")]
    public CallToolResult ConfigureDeployment(
        [Description("Module folder name.")] string module,
        [Description("Deployment name, e.g. 'production'.")] string name,
        [Description("git or rsync.")] string strategy,
        [Description("host (required), user, path, port; git: repository, branch; rsync: excludes.")] JsonElement? settings = null,
        CancellationToken cancellationToken = default) =>
        ToolResultMapper.Map(
            DeploymentSettings.FromJson(settings).Then(values => deployments.Configure(new ConfigureDeploymentRequest(module, name, strategy, values), cancellationToken)),
            r => $"Deployment '{r.Name}' ({r.Strategy}) of {r.Module}: {r.Message} Deployments: {string.Join(", ", r.Deployments)}." +
                string.Concat(r.Changes.Select(c => $"\n- {c.Kind.ToString().ToLowerInvariant()} {c.Path}")));
}
