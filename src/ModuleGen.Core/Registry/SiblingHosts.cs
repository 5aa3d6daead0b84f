using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Workspace;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Registry;

/// <summary>Makes a new gRPC location follow its siblings: the host form the workspace.yaml's grpc_server entries use
/// (compose service names stay service names: <c>docker_example_use_case</c> for <c>example_use_case</c> gives
/// <c>docker_orders</c> for <c>orders</c>), and, when they are compose services, the service the new location needs,
/// as a snippet (ModuleGen does not write compose files).</summary>
internal static class SiblingHosts
{
    /// <summary>The placeholder a host pattern holds for the new location's name.</summary>
    public const string NamePlaceholder = "<name>";

    /// <summary>Returns the host a new grpc_server entry uses, with <see cref="NamePlaceholder"/> for its location
    /// name: what the siblings share once each one's own name is taken out; a service name of the new location's own
    /// when they are compose services that share nothing; localhost when there are no siblings or they disagree.</summary>
    public static string Pattern(string? workspaceYaml, IReadOnlyCollection<string> services)
    {
        var siblings = Servers(workspaceYaml).Where(s => s.Host is not null).ToArray();
        if (siblings.Length == 0)
        {
            return "localhost";
        }

        var patterns = siblings.Select(s => s.Location is { Length: > 0 } location && s.Host!.Contains(location, StringComparison.Ordinal)
            ? s.Host.Replace(location, NamePlaceholder, StringComparison.Ordinal) : s.Host!).Distinct(StringComparer.Ordinal).ToArray();
        if (patterns is [var shared] && (shared.Contains(NamePlaceholder, StringComparison.Ordinal) || siblings.Length == 1 && !services.Contains(shared)))
        {
            return shared;
        }

        return siblings.All(s => services.Contains(s.Host!)) ? NamePlaceholder : patterns.Length == 1 ? patterns[0] : "localhost";
    }

    /// <summary>Returns the service names of every compose file in the workspace scan.</summary>
    public static IReadOnlyCollection<string> ComposeServices(ModuleGenWorkspace workspace, WorkspaceScan scan)
    {
        var services = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in scan.Named(n => (n.StartsWith("docker-compose", StringComparison.Ordinal) || n.StartsWith("compose", StringComparison.Ordinal)) && (n.EndsWith(".yml", StringComparison.Ordinal) || n.EndsWith(".yaml", StringComparison.Ordinal))))
        {
            var text = Read(workspace, file);
            if (text is not null && YamlText.Parse(text).Stream is { Documents.Count: > 0 } stream && stream.Documents[0].RootNode is YamlMappingNode root
                && root.Children.TryGetValue(new YamlScalarNode("services"), out var list) && list is YamlMappingNode map)
            {
                services.UnionWith(map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").Where(k => k.Length > 0));
            }
        }

        return services;
    }

    /// <summary>Returns the note asking for the compose service a new grpc_server entry reaches, with the service's
    /// text, when its siblings are compose services and it is none yet; else no note.</summary>
    public static IReadOnlyList<string> ComposeNotes(ModuleGenWorkspace workspace, RegistryFile file, string content)
    {
        var added = Servers("load_from:\n" + content).FirstOrDefault();
        var services = ComposeServices(workspace, WorkspaceScanner.Scan(workspace.Root, workspace.Config.Scan));
        var siblings = Servers(file.Text).Where(s => s.Host is not null && services.Contains(s.Host)).ToArray();
        if (added.Host is null || siblings.Length == 0 || services.Contains(added.Host))
        {
            return [];
        }

        var module = added.Location ?? added.Host;
        return
        [
            $"{file.Path.RelativePath} reaches its gRPC locations as compose services ({string.Join(", ", siblings.Select(s => s.Host).Distinct())}); '{module}' needs the service '{added.Host}' too. ModuleGen does not edit compose files: add it under services:, with the build, image, environment and volumes of a sibling service such as '{siblings[0].Host}':\n" +
            $"  {added.Host}:\n    build: <the module's folder, or a sibling's Dockerfile>\n    command: [\"dagster\", \"api\", \"grpc\", \"-h\", \"0.0.0.0\", \"-p\", \"{added.Port}\", \"-m\", \"{module}.definitions\"]\n    expose:\n      - \"{added.Port}\"\n",
        ];
    }

    private static IEnumerable<(string? Host, string? Port, string? Location)> Servers(string? workspaceYaml)
    {
        if (workspaceYaml is null || YamlText.Parse(workspaceYaml).Stream is not { Documents.Count: > 0 } stream || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("load_from"), out var list) || list is not YamlSequenceNode items)
        {
            yield break;
        }

        foreach (var item in items.Children.OfType<YamlMappingNode>())
        {
            if (item.Children.TryGetValue(new YamlScalarNode("grpc_server"), out var server) && server is YamlMappingNode body)
            {
                yield return (Text(body, "host"), Text(body, "port"), Text(body, "location_name"));
            }
        }
    }

    private static string? Text(YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { } text } ? text : null;

    private static string? Read(ModuleGenWorkspace workspace, string file)
    {
        try
        {
            var path = Path.Join(workspace.Root, file);
            return new FileInfo(path).Length <= 1 << 20 ? RegularFile.ReadAllText(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
