using System.Globalization;
using ModuleGen.Core.Common;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Registry;

/// <summary>Reads the code locations of a Dagster Helm deployment from its values files: each item of
/// <c>dagster-user-deployments.deployments</c> (the umbrella chart's values) or of a top-level <c>deployments</c> list
/// whose items carry <c>dagsterApiGrpcArgs</c>/<c>codeServerArgs</c> (the user-deployments chart's own values), with
/// its name (the location and the Kubernetes service), port and the module it loads. ModuleGen only reads these files:
/// their locations are existing modules and their ports are taken; registering a module there is an edit the user
/// makes, and <see cref="ManualEntry"/> gives its exact text.</summary>
public sealed class HelmValues : IWorkspaceRegistry
{
    /// <inheritdoc/>
    public string Kind => "helm_values";

    /// <inheritdoc/>
    public string Comment => "#";

    /// <inheritdoc/>
    public string? InitialText => null;

    /// <inheritdoc/>
    public bool Editable => false;

    /// <inheritdoc/>
    public bool FoundAnywhere => true;

    /// <inheritdoc/>
    public bool Handles(string relativePath) =>
        System.IO.Path.GetFileName(relativePath) is var name && name.Contains("values", StringComparison.OrdinalIgnoreCase) &&
        (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc/>
    public bool IsRegistry(string text) => text.Contains("deployments", StringComparison.Ordinal) && Deployments(text).Any();

    /// <inheritdoc/>
    public Result<IReadOnlyList<RegistryEntry>> Read(string relativePath, string text)
    {
        var (_, error) = YamlText.Parse(text);
        if (error is not null)
        {
            return ToolError.Create(ErrorCodes.RegistryFileInvalid, "", $"'{relativePath}' cannot be read as Helm values: not valid YAML ({error.InnerException?.Message ?? error.Message}).",
                "Fix the file at the line given.") with { Found = relativePath, Location = new SourceLocation(relativePath, (int)error.Start.Line, (int)error.Start.Column) };
        }

        return Result<IReadOnlyList<RegistryEntry>>.Ok(Deployments(text).Select(item =>
        {
            var args = Arguments(item);
            var name = Text(item, "name");
            return new RegistryEntry(relativePath, (int)item.Start.Line, "helm_deployment")
            {
                LocationName = name,
                Host = name,
                Port = int.TryParse(Text(item, "port"), NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : null,
                ModuleName = Option(args, "-m", "--module-name") ?? Option(args, "--package-name"),
                Path = Option(args, "-f", "--python-file"),
                WorkingDirectory = Option(args, "-d", "--working-directory"),
            };
        }).ToArray());
    }

    /// <inheritdoc/>
    public Result<IReadOnlyList<RegistryEntry>> ReadBlock(string relativePath, string content) => Result<IReadOnlyList<RegistryEntry>>.Ok([]);

    /// <inheritdoc/>
    public RegistryBlock? DerivedBlock(string relativePath, ModuleRegistration registration) => null;

    /// <inheritdoc/>
    public string? ManualEntry(string relativePath, string text, ModuleRegistration registration)
    {
        var siblings = Deployments(text).ToArray();
        var name = registration.LocationName.Replace('_', '-');
        var port = siblings.Select(s => int.TryParse(Text(s, "port"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0).DefaultIfEmpty(3029).Max() + 1;
        var argsKey = siblings.Any(s => Get(s, "codeServerArgs") is not null) ? "codeServerArgs" : "dagsterApiGrpcArgs";
        var underUmbrella = Root(text) is YamlMappingNode root && root.Children.ContainsKey(new YamlScalarNode("dagster-user-deployments"));
        var pad = underUmbrella ? "    " : "  ";
        var head = underUmbrella ? "dagster-user-deployments:\n  deployments:\n" : "deployments:\n";
        return $"{head}{pad}- name: {name}\n{pad}  image:\n{pad}    repository: <your registry>/{name}\n{pad}    tag: latest\n{pad}    pullPolicy: Always\n" +
            $"{pad}  {argsKey}:\n{pad}    - \"--module-name\"\n{pad}    - \"{registration.LocationName}.definitions\"\n{pad}  port: {port}\n";
    }

    private static IEnumerable<YamlMappingNode> Deployments(string text)
    {
        if (Root(text) is not YamlMappingNode root)
        {
            return [];
        }

        var list = Get(Get(root, "dagster-user-deployments"), "deployments") as YamlSequenceNode
            ?? (Get(root, "deployments") is YamlSequenceNode own && own.Children.OfType<YamlMappingNode>().Any(d => Get(d, "dagsterApiGrpcArgs") is not null || Get(d, "codeServerArgs") is not null) ? own : null);
        return list?.Children.OfType<YamlMappingNode>() ?? [];
    }

    private static YamlNode? Root(string text) => YamlText.Parse(text).Stream is { Documents.Count: > 0 } stream ? stream.Documents[0].RootNode : null;

    private static IReadOnlyList<string> Arguments(YamlNode item) =>
        (Get(item, "dagsterApiGrpcArgs") ?? Get(item, "codeServerArgs")) is YamlSequenceNode args
            ? args.Children.OfType<YamlScalarNode>().Select(a => a.Value ?? "").ToArray()
            : [];

    private static string? Option(IReadOnlyList<string> args, params string[] names)
    {
        for (var i = 0; i < args.Count; i++)
        {
            foreach (var name in names)
            {
                if (args[i] == name && i + 1 < args.Count)
                {
                    return args[i + 1];
                }

                if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
                {
                    return args[i][(name.Length + 1)..];
                }
            }
        }

        return null;
    }

    private static YamlNode? Get(YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Text(YamlNode? node, string key) => Get(node, key) is YamlScalarNode { Value: { } value } ? value : null;
}
