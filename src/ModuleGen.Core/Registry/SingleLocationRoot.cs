using ModuleGen.Core.Common;
using ModuleGen.Core.Registry.Toml;

namespace ModuleGen.Core.Registry;

/// <summary>Reads a repository root that is itself one code location: a root dg.toml or pyproject.toml declaring a dg
/// project (<c>directory_type = "project"</c>), or a pyproject.toml with <c>[tool.dagster]</c> (<c>module_name</c>,
/// <c>code_location_name</c>), which Dagster loads before any workspace.yaml. It is the registry's answer "this
/// repository is one code location": ModuleGen adds no workspace element to it (dg rejects unknown fields) and creates
/// no workspace.yaml beside it; a second module is registered where the deployment reads code locations, or refused.</summary>
public sealed class SingleLocationRoot : IWorkspaceRegistry
{
    private static readonly DgConfig s_dgToml = new("");
    private static readonly DgConfig s_pyproject = new("tool.dg");

    /// <inheritdoc/>
    public string Kind => "single_location_root";

    /// <inheritdoc/>
    public string Comment => "#";

    /// <inheritdoc/>
    public string? InitialText => null;

    /// <inheritdoc/>
    public bool Editable => false;

    /// <inheritdoc/>
    public IReadOnlyList<string> Discovered => ["dg.toml", PyprojectDgWorkspace.FileName];

    /// <inheritdoc/>
    public bool Handles(string relativePath) => relativePath is "dg.toml" or PyprojectDgWorkspace.FileName;

    /// <inheritdoc/>
    public bool IsRegistryAt(string relativePath, string text) => Describe(relativePath, text) is not null;

    /// <summary>Says what makes the file one code location ("[tool.dagster] module_name = \"x\""), or null.</summary>
    public static string? Describe(string relativePath, string text)
    {
        if (TomlReader.Read(text, relativePath) is not { IsOk: true } read)
        {
            return null;
        }

        var document = read.Value;
        var dg = relativePath == "dg.toml" ? s_dgToml : s_pyproject;
        if (dg.TypeOf(document) == "project")
        {
            var root = document.Tables.FirstOrDefault(t => t.Name == dg.Name("project"))?.Find("root_module")?.Value as string;
            return $"it declares a dg project ([{dg.Name("project")}] root_module = \"{root}\")";
        }

        var dagster = document.Tables.FirstOrDefault(t => !t.IsArrayElement && t.Name == "tool.dagster");
        return dagster?.Find("module_name")?.Value is string module ? $"its [tool.dagster] loads module_name = \"{module}\""
            : dagster?.Find("code_location_name")?.Value is string location ? $"its [tool.dagster] names code_location_name = \"{location}\""
            : null;
    }

    /// <inheritdoc/>
    public Result<IReadOnlyList<RegistryEntry>> Read(string relativePath, string text) =>
        TomlReader.Read(text, relativePath).Map(document =>
        {
            var dagster = document.Tables.FirstOrDefault(t => !t.IsArrayElement && t.Name == "tool.dagster");
            var dg = relativePath == "dg.toml" ? s_dgToml : s_pyproject;
            var project = document.Tables.FirstOrDefault(t => t.Name == dg.Name("project"));
            var line = dagster?.Line ?? project?.Line ?? 1;
            return (IReadOnlyList<RegistryEntry>)[new RegistryEntry(relativePath, line, "project_root")
            {
                LocationName = dagster?.Find("code_location_name")?.Value as string ?? project?.Find("code_location_name")?.Value as string,
                ModuleName = dagster?.Find("module_name")?.Value as string ?? project?.Find("root_module")?.Value as string,
            }];
        });

    /// <inheritdoc/>
    public Result<IReadOnlyList<RegistryEntry>> ReadBlock(string relativePath, string content) => Result<IReadOnlyList<RegistryEntry>>.Ok([]);

    /// <inheritdoc/>
    public RegistryBlock? DerivedBlock(string relativePath, ModuleRegistration registration) => null;

    /// <inheritdoc/>
    public IReadOnlyList<RegistryFinding> Check(string relativePath, string text)
    {
        var dg = relativePath == "dg.toml" ? s_dgToml : s_pyproject;
        return TomlReader.Read(text, relativePath) is { IsOk: true } read && dg.TypeOf(read.Value) is not null ? dg.Problems(read.Value, relativePath) : [];
    }
}
