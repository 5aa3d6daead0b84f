using System.Globalization;
using ModuleGen.Core.Common;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Registry;

/// <summary>Reads Dagster's workspace.yaml: each <c>load_from</c> item (grpc_server, python_module, python_file,
/// python_package, module_name) with its line. Blocks come from the module's pack (the workspace add-on's snippet), so
/// workspace_add writes exactly what the scaffold writes.</summary>
public sealed class DagsterWorkspaceYaml : IWorkspaceRegistry
{
    /// <summary>The text a workspace.yaml ModuleGen creates starts with; a file holding exactly this registers nothing
    /// and is deleted again when its last block is removed.</summary>
    public const string Created = "# Created by ModuleGen; deleted again when its last modulegen block is removed.\nload_from:\n";

    private static readonly System.Text.RegularExpressions.Regex s_loadFrom = new(@"^load_from:\s*$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    private static readonly Dictionary<string, string[]> s_required = new(StringComparer.Ordinal)
    {
        ["python_file"] = ["relative_path"],
        ["python_module"] = ["module_name"],
        ["python_package"] = ["package_name"],
        ["grpc_server"] = ["port", "socket"],
    };

    /// <inheritdoc/>
    public string Kind => "dagster_workspace_yaml";

    /// <inheritdoc/>
    public string Comment => "#";

    /// <inheritdoc/>
    public string? InitialText => Created;

    /// <inheritdoc/>
    public bool Handles(string relativePath) => System.IO.Path.GetFileName(relativePath) is "workspace.yaml" or "workspace.yml";

    /// <inheritdoc/>
    public Result<IReadOnlyList<RegistryEntry>> Read(string relativePath, string text)
    {
        var (stream, error) = YamlText.Parse(text);
        if (stream is null)
        {
            return Invalid(relativePath, (int)error!.Start.Line, (int)error.Start.Column, $"not valid YAML ({error.InnerException?.Message ?? error.Message})");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return Result<IReadOnlyList<RegistryEntry>>.Ok([]);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Invalid(relativePath, (int)stream.Documents[0].RootNode.Start.Line, 1, "the top level must be a mapping with a 'load_from' list");
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("load_from"), out var loadFrom) || loadFrom is YamlScalarNode { Value: null or "" })
        {
            return Result<IReadOnlyList<RegistryEntry>>.Ok([]);
        }

        if (loadFrom is not YamlSequenceNode items)
        {
            return Invalid(relativePath, (int)loadFrom.Start.Line, (int)loadFrom.Start.Column, "'load_from' must be a list");
        }

        return Result<IReadOnlyList<RegistryEntry>>.Ok(items.Children.Select(item => Entry(relativePath, item)).ToArray());
    }

    /// <inheritdoc/>
    public int? InsertionLine(string text) => RegistryPlacement.AfterLastListItem(text, s_loadFrom);

    /// <inheritdoc/>
    /// <remarks>Dagster validates workspace.yaml against a closed schema: each <c>load_from</c> item is exactly one of
    /// python_file (<c>relative_path</c>), python_module (<c>module_name</c>), python_package (<c>package_name</c>) or
    /// grpc_server (<c>port</c> or <c>socket</c>), written as the target string or as a mapping holding its required key.</remarks>
    public IReadOnlyList<RegistryFinding> Check(string relativePath, string text)
    {
        if (YamlText.Parse(text).Stream is not { Documents.Count: > 0 } stream || stream.Documents[0].RootNode is not YamlMappingNode root ||
            !root.Children.TryGetValue(new YamlScalarNode("load_from"), out var list) || list is not YamlSequenceNode items)
        {
            return [];
        }

        var findings = new List<RegistryFinding>();
        foreach (var item in items.Children)
        {
            var problem = item is not YamlMappingNode { Children.Count: 1 } map || map.Children.First().Key is not YamlScalarNode { Value: { } kind }
                ? "a load_from item must be a mapping with exactly one key (python_file, python_module, python_package or grpc_server)"
                : !s_required.TryGetValue(kind, out var required) ? $"'{kind}' is no load_from kind Dagster knows (python_file, python_module, python_package, grpc_server)"
                : map.Children.First().Value switch
                {
                    YamlScalarNode { Value: { Length: > 0 } } when kind != "grpc_server" => null,
                    YamlMappingNode body when required.Any(r => body.Children.ContainsKey(new YamlScalarNode(r))) => null,
                    _ => $"a {kind} entry needs {string.Join(" or ", required.Select(r => $"'{r}'"))}{(kind == "python_module" && Text(map.Children.First().Value, "name") is not null ? " ('name' is not a field Dagster reads)" : "")}",
                };
            if (problem is not null)
            {
                findings.Add(new RegistryFinding(ErrorCodes.RegistryEntryInvalid, Audit.Severity.Error, $"'{relativePath}': Dagster rejects this load_from item: {problem}.",
                    "Fix the entry as Dagster's workspace.yaml schema says (e.g. python_module: {module_name: pkg.definitions, working_directory: src}).") { File = relativePath, Line = (int)item.Start.Line });
            }
        }

        return findings;
    }

    /// <inheritdoc/>
    public Result<IReadOnlyList<RegistryEntry>> ReadBlock(string relativePath, string content) => Read(relativePath, "load_from:\n" + content);

    /// <inheritdoc/>
    public RegistryBlock? DerivedBlock(string relativePath, ModuleRegistration registration) => null;

    private static RegistryEntry Entry(string file, YamlNode item)
    {
        var line = (int)item.Start.Line;
        if (item is not YamlMappingNode { Children.Count: > 0 } map || map.Children.First().Key is not YamlScalarNode { Value: { } kind })
        {
            return new RegistryEntry(file, line, "unknown");
        }

        var value = map.Children.First().Value;
        var entry = new RegistryEntry(file, line, kind) { LocationName = Text(value, "location_name") };
        return kind switch
        {
            "grpc_server" => entry with { Host = Text(value, "host"), Port = int.TryParse(Text(value, "port"), NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : null },
            "python_module" or "python_package" or "module_name" => entry with
            {
                ModuleName = value is YamlScalarNode s ? s.Value : Text(value, "module_name") ?? Text(value, "package_name"),
                WorkingDirectory = Text(value, "working_directory"),
            },
            "python_file" => entry with { Path = value is YamlScalarNode f ? f.Value : Text(value, "relative_path"), WorkingDirectory = Text(value, "working_directory") },
            _ => entry,
        };
    }

    private static string? Text(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static Result<IReadOnlyList<RegistryEntry>> Invalid(string file, int line, int column, string reason) =>
        ToolError.Create(ErrorCodes.RegistryFileInvalid, "", $"'{file}' cannot be read as a Dagster workspace: {reason}.",
            "Fix the file at the line given; ModuleGen reads 'load_from:' followed by a list of entries.") with
        {
            Found = file,
            Location = new SourceLocation(file, line, column),
        };
}
