using ModuleGen.Core.Common;
using ModuleGen.Core.Registry.Toml;

namespace ModuleGen.Core.Registry;

/// <summary>Reads a dg workspace declared in the root pyproject.toml (<c>[tool.dg] directory_type = "workspace"</c>):
/// each <c>[[tool.dg.workspace.projects]]</c> element and its <c>path</c>. A module registers by one such element in a
/// marker block at the end of the file; a pyproject.toml that declares no dg workspace is no registry.</summary>
public sealed class PyprojectDgWorkspace : IWorkspaceRegistry
{
    public const string FileName = "pyproject.toml";

    public const string ProjectsTable = "tool.dg.workspace.projects";

    /// <inheritdoc/>
    public string Kind => "pyproject_dg_workspace";

    /// <inheritdoc/>
    public string Comment => "#";

    /// <inheritdoc/>
    public string? InitialText => null;

    /// <inheritdoc/>
    public IReadOnlyList<string> Discovered => [FileName];

    /// <inheritdoc/>
    public bool ListsProjects => true;

    /// <inheritdoc/>
    public bool Handles(string relativePath) => relativePath == FileName;

    private static readonly DgConfig s_dg = new("tool.dg");

    /// <inheritdoc/>
    public bool IsRegistry(string text) => TomlReader.Read(text, FileName) is { IsOk: true } document && s_dg.TypeOf(document.Value) == "workspace";

    /// <inheritdoc/>
    public int? InsertionLine(string text) => RegistryPlacement.AfterLastTableElement(text, ProjectsTable, "tool.dg.workspace");

    /// <inheritdoc/>
    public ToolError? CannotHold(string relativePath, string text) =>
        TomlReader.Read(text, relativePath) is { IsOk: true } read ? s_dg.InlineProjects(read.Value, relativePath) : null;

    /// <inheritdoc/>
    public IReadOnlyList<RegistryFinding> Check(string relativePath, string text) =>
        TomlReader.Read(text, relativePath) is { IsOk: true } read ? s_dg.Problems(read.Value, relativePath) : [];

    /// <inheritdoc/>
    public Result<IReadOnlyList<RegistryEntry>> Read(string relativePath, string text) =>
        TomlReader.Read(text, relativePath).Map(document => (IReadOnlyList<RegistryEntry>)document.ArrayOf(ProjectsTable)
            .Select(t => new RegistryEntry(relativePath, t.Line, "project") { Path = t.Find("path")?.Value as string })
            .ToArray());

    /// <inheritdoc/>
    public Result<IReadOnlyList<RegistryEntry>> ReadBlock(string relativePath, string content) => Read(relativePath, content);

    /// <inheritdoc/>
    public RegistryBlock? DerivedBlock(string relativePath, ModuleRegistration registration) => DgToml.ProjectBlock(relativePath, registration, ProjectsTable);
}
