using ModuleGen.Core.Common;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Registry;

/// <summary>Reads Dagster+'s dagster_cloud.yaml (at the root, or one per location, also spelled dagster-cloud.yaml):
/// each <c>locations</c> item with its location name, code source (module_name, package_name, python_file) and build or
/// working directory. Its paths are paths in the code location's container or build, not checked against this
/// checkout. ModuleGen only reads it (so build_context and the audit know those locations); registering a module there
/// is an edit the user makes, and <see cref="ManualEntry"/> gives its exact text.</summary>
public sealed class DagsterCloudYaml : IWorkspaceRegistry
{
    public const string FileName = "dagster_cloud.yaml";

    /// <inheritdoc/>
    public string Kind => "dagster_cloud_yaml";

    /// <inheritdoc/>
    public string Comment => "#";

    /// <inheritdoc/>
    public string? InitialText => null;

    /// <inheritdoc/>
    public IReadOnlyList<string> Discovered => [FileName];

    /// <inheritdoc/>
    public bool Editable => false;

    /// <inheritdoc/>
    public bool FoundAnywhere => true;

    /// <inheritdoc/>
    public bool Handles(string relativePath) => System.IO.Path.GetFileName(relativePath) is FileName or "dagster-cloud.yaml" or "dagster_cloud.yml" or "dagster-cloud.yml";

    /// <inheritdoc/>
    public bool IsRegistry(string text) => text.Contains("locations", StringComparison.Ordinal);

    /// <inheritdoc/>
    public string? ManualEntry(string relativePath, string text, ModuleRegistration registration)
    {
        var folder = System.IO.Path.GetDirectoryName(relativePath)?.Replace('\\', '/') ?? "";
        var directory = folder.Length == 0 ? $"./{registration.Folder}" : System.IO.Path.GetRelativePath(folder, registration.Folder).Replace('\\', '/');
        var build = text.Contains("directory:", StringComparison.Ordinal) ? $"    build:\n      directory: {directory}\n" : "";
        return $"locations:\n  - location_name: {registration.LocationName}\n    code_source:\n      package_name: {registration.LocationName}\n{build}";
    }

    /// <inheritdoc/>
    public Result<IReadOnlyList<RegistryEntry>> Read(string relativePath, string text)
    {
        var (stream, error) = YamlText.Parse(text);
        if (error is not null)
        {
            return ToolError.Create(ErrorCodes.RegistryFileInvalid, "", $"'{relativePath}' cannot be read as a Dagster+ code location file: not valid YAML ({error.InnerException?.Message ?? error.Message}).",
                "Fix the file at the line given.") with { Found = relativePath, Location = new SourceLocation(relativePath, (int)error.Start.Line, (int)error.Start.Column) };
        }

        var locations = stream!.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root && root.Children.TryGetValue(new YamlScalarNode("locations"), out var list) && list is YamlSequenceNode items
            ? items.Children
            : [];
        return Result<IReadOnlyList<RegistryEntry>>.Ok(locations.Select(item =>
        {
            var source = Get(item, "code_source");
            var entry = new RegistryEntry(relativePath, (int)item.Start.Line, "cloud_location")
            {
                LocationName = Text(item, "location_name"),
                ModuleName = Text(source, "module_name") ?? Text(source, "package_name"),
                Path = Text(source, "python_file"),
                WorkingDirectory = Text(item, "working_directory") ?? Text(Get(item, "build"), "directory"),
            };
            return entry;
        }).ToArray());
    }

    /// <inheritdoc/>
    public Result<IReadOnlyList<RegistryEntry>> ReadBlock(string relativePath, string content) => Result<IReadOnlyList<RegistryEntry>>.Ok([]);

    /// <inheritdoc/>
    public RegistryBlock? DerivedBlock(string relativePath, ModuleRegistration registration) => null;

    private static YamlNode? Get(YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Text(YamlNode? node, string key) => Get(node, key) is YamlScalarNode { Value: { } value } ? value : null;
}
