using System.Globalization;
using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Context;

/// <summary>Finds the ports the workspace already claims, each on its host: workspace.yaml grpc_server entries (on the
/// entry's host), docker-compose published ports (on the local machine, with the service), Helm user deployments (on
/// their service), PORT= lines in .env files, and port variables in the answers files of earlier scaffolds (on their
/// *_host variable).</summary>
public static partial class PortScanner
{
    public const string AnswersFileName = ".modulegen-answers.yaml";

    private const int MaxRangeSize = 100;
    private const long MaxFileBytes = 1 << 20;

    /// <summary>Scans the files of <paramref name="scan"/>; unreadable or malformed files become warnings.</summary>
    public static (IReadOnlyList<PortUse> Ports, IReadOnlyList<string> Warnings) Scan(string root, WorkspaceScan scan)
    {
        var ports = new List<PortUse>();
        var warnings = new List<string>();
        foreach (var file in scan.Files)
        {
            var name = file[(file.LastIndexOf('/') + 1)..];
            Action<string, string, List<PortUse>>? reader = name switch
            {
                "workspace.yaml" or "workspace.yml" => (f, t, p) => FromYaml(f, t, p, warnings, WorkspaceYaml),
                _ when IsComposeFile(name) => (f, t, p) => FromYaml(f, t, p, warnings, Compose),
                _ when Scaffolding.AnswersLocation.IsAnswersName(name) => (f, t, p) => FromYaml(f, t, p, warnings, Answers),
                _ when s_helm.Handles(name) => HelmDeployments,
                _ when name == ".env" || name.StartsWith(".env.", StringComparison.Ordinal) || name.EndsWith(".env", StringComparison.Ordinal) => EnvFile,
                _ => null,
            };

            if (reader is not null && ReadSmallFile(Path.Join(root, file)) is { } text)
            {
                reader(file, text, ports);
            }
        }

        var ordered = ports
            .OrderBy(p => p.Port).ThenBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)
            .ToArray();
        return (ordered, warnings);
    }

    private static readonly Registry.HelmValues s_helm = new();

    // Helm user deployments serve their gRPC port on their own Kubernetes service (the deployment's name).
    private static void HelmDeployments(string file, string text, List<PortUse> ports)
    {
        if (s_helm.IsRegistry(text) && s_helm.Read(file, text) is { IsOk: true } entries)
        {
            ports.AddRange(entries.Value.Where(e => e.Port is not null).Select(e => new PortUse(e.Port!.Value, file, e.Line, "helm_deployment") { Host = e.Host ?? PortUse.Local, Service = e.Host }));
        }
    }

    private static bool IsComposeFile(string name) =>
        (name.StartsWith("docker-compose", StringComparison.Ordinal) || name.StartsWith("compose", StringComparison.Ordinal)) &&
        (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal));

    private static string? ReadSmallFile(string path)
    {
        try
        {
            return new FileInfo(path).Length <= MaxFileBytes ? RegularFile.ReadAllText(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void FromYaml(string file, string text, List<PortUse> ports, List<string> warnings, Action<string, YamlNode, List<PortUse>> read)
    {
        try
        {
            var stream = YamlText.Load(text);
            foreach (var document in stream.Documents)
            {
                read(file, document.RootNode, ports);
            }
        }
        catch (YamlException ex)
        {
            warnings.Add($"{file}:{ex.Start.Line}:{ex.Start.Column}: not valid YAML, its ports were not read ({ex.Message}).");
        }
    }

    private static void WorkspaceYaml(string file, YamlNode root, List<PortUse> ports)
    {
        foreach (var entry in Sequence(Get(root, "load_from")))
        {
            var server = Get(entry, "grpc_server");
            if (Get(server, "port") is YamlScalarNode port)
            {
                AddPort(ports, file, port, "workspace_grpc_server", PortUse.HostOf((Get(server, "host") as YamlScalarNode)?.Value));
            }
        }
    }

    private static void Compose(string file, YamlNode root, List<PortUse> ports)
    {
        if (Get(root, "services") is not YamlMappingNode services)
        {
            return;
        }

        foreach (var (key, service) in services.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            foreach (var mapping in Sequence(Get(service, "ports")))
            {
                if (mapping is YamlScalarNode scalar)
                {
                    foreach (var port in HostPorts(scalar.Value ?? ""))
                    {
                        ports.Add(new PortUse(port, file, (int)scalar.Start.Line, "docker_compose") { Service = name });
                    }
                }
                else if (Get(mapping, "published") is YamlScalarNode published && ParsePort(published.Value) is { } port)
                {
                    ports.Add(new PortUse(port, file, (int)published.Start.Line, "docker_compose") { Service = name });
                }
            }
        }
    }

    private static void Answers(string file, YamlNode root, List<PortUse> ports)
    {
        if (Get(root, "variables") is not YamlMappingNode variables)
        {
            return;
        }

        foreach (var (key, value) in variables.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if ((name == "port" || name.EndsWith("_port", StringComparison.Ordinal)) && value is YamlScalarNode scalar)
            {
                // grpc_port is served on grpc_host: the answers' own host, as the registry entry written from them says.
                var host = Get(variables, name[..^"port".Length] + "host") as YamlScalarNode;
                AddPort(ports, file, scalar, "answers", PortUse.HostOf(host?.Value));
            }
        }
    }

    private static void EnvFile(string file, string text, List<PortUse> ports)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = EnvPortLine().Match(lines[i]);
            if (match.Success && ParsePort(match.Groups["port"].Value) is { } port)
            {
                ports.Add(new PortUse(port, file, i + 1, "env"));
            }
        }
    }

    /// <summary>Reads the host side of a compose mapping: "8080", "8080:80", "127.0.0.1:8080:80/tcp", "8000-8002:8000-8002".</summary>
    internal static IEnumerable<int> HostPorts(string mapping)
    {
        var parts = mapping.Split('/')[0].Split(':');
        var host = parts.Length switch
        {
            1 => parts[0],
            2 => parts[0],
            _ => parts[^2],
        };

        var range = host.Split('-');
        if (range.Length == 2 && ParsePort(range[0]) is { } from && ParsePort(range[1]) is { } to && to >= from && to - from < MaxRangeSize)
        {
            return Enumerable.Range(from, to - from + 1);
        }

        return ParsePort(host) is { } single ? [single] : [];
    }

    private static void AddPort(List<PortUse> ports, string file, YamlScalarNode node, string source, string host = PortUse.Local)
    {
        if (ParsePort(node.Value) is { } port)
        {
            ports.Add(new PortUse(port, file, (int)node.Start.Line, source) { Host = host });
        }
    }

    private static int? ParsePort(string? text) =>
        int.TryParse(text?.Trim().Trim('"', '\''), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : null;

    private static YamlNode? Get(YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static IEnumerable<YamlNode> Sequence(YamlNode? node) =>
        node is YamlSequenceNode sequence ? sequence.Children : [];

    [GeneratedRegex("""^\s*(export\s+)?([A-Za-z_][A-Za-z0-9_]*_)?PORT\s*=\s*["']?(?<port>\d{1,5})["']?\s*(#.*)?\r?$""")]
    private static partial Regex EnvPortLine();
}
