using System.Text;
using ModuleGen.Core.Common;
using ModuleGen.Core.Registry.Toml;

namespace ModuleGen.Core.Registry;

/// <summary>Reads a dg workspace's dg.toml: each <c>[[workspace.projects]]</c> element and its <c>path</c>, with lines,
/// and what dg would reject in it. A module is registered by a block holding one <c>[[workspace.projects]]</c> element
/// pointing at its folder, after the last such element; ModuleGen never creates a dg.toml (whether there is one decides
/// what kind of Dagster project the workspace is), and a project's dg.toml is no workspace.</summary>
public sealed class DgToml : IWorkspaceRegistry
{
    public const string ProjectsTable = "workspace.projects";

    /// <inheritdoc/>
    public string Kind => "dg_toml";

    /// <inheritdoc/>
    public string Comment => "#";

    /// <inheritdoc/>
    public string? InitialText => null;

    private static readonly DgConfig s_dg = new("");

    /// <inheritdoc/>
    public bool Handles(string relativePath) => System.IO.Path.GetFileName(relativePath) == "dg.toml";

    /// <inheritdoc/>
    /// <remarks>A project's dg.toml (<c>directory_type = "project"</c>, or a <c>[project]</c> table) is the project's own
    /// configuration, not a workspace: dg rejects a <c>[[workspace.projects]]</c> element in it.</remarks>
    public bool IsRegistry(string text) => TomlReader.Read(text, "dg.toml") is not { IsOk: true } read || s_dg.TypeOf(read.Value) != "project";

    /// <inheritdoc/>
    public bool IsProjectConfig(string text) => !IsRegistry(text);

    /// <inheritdoc/>
    public int? InsertionLine(string text) => RegistryPlacement.AfterLastTableElement(text, ProjectsTable, "workspace");

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
    public RegistryBlock? DerivedBlock(string relativePath, ModuleRegistration registration) => ProjectBlock(relativePath, registration, ProjectsTable);

    /// <inheritdoc/>
    public bool ListsProjects => true;

    /// <summary>Returns the block of one <c>[[…projects]]</c> element whose path leads from the registry file's folder to
    /// the module's; appended at the end of the file, where an array-of-tables element is valid after any table.</summary>
    internal static RegistryBlock ProjectBlock(string relativePath, ModuleRegistration registration, string table)
    {
        var folder = System.IO.Path.GetDirectoryName(relativePath)?.Replace('\\', '/') ?? "";
        var path = folder.Length == 0 ? registration.Folder : System.IO.Path.GetRelativePath(folder, registration.Folder).Replace('\\', '/');
        return new RegistryBlock(registration.Id, $"[[{table}]]\npath = {DoubleQuoted.Of(path)}\n", null, 0, "#");
    }

}
