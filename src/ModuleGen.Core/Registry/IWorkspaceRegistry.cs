using ModuleGen.Core.Common;

namespace ModuleGen.Core.Registry;

/// <summary>Is one kind of workspace registry file (Dagster's workspace.yaml, dg's dg.toml, …): how to recognise it,
/// read its entries with their lines, and what block registers a module in it. ModuleGen edits such files only inside
/// its own marker blocks; a new registry kind is one more implementation registered with the service.</summary>
public interface IWorkspaceRegistry
{
    /// <summary>Gets the kind's name as results show it, e.g. "dagster_workspace_yaml".</summary>
    string Kind { get; }

    /// <summary>Gets the comment syntax of the kind's marker lines ("#").</summary>
    string Comment { get; }

    /// <summary>Gets the text a registry file of this kind starts with when ModuleGen creates it; null when ModuleGen
    /// never creates one (the file's existence means something, as a dg.toml does).</summary>
    string? InitialText { get; }

    /// <summary>Tells whether this kind reads the file at a workspace-relative path (by its name).</summary>
    bool Handles(string relativePath);

    /// <summary>Reads every entry of the file with its line; a file that does not parse is a registry.file_invalid error with its location.</summary>
    Result<IReadOnlyList<RegistryEntry>> Read(string relativePath, string text);

    /// <summary>Reads the entries a block's content would add (for the location name a module registers under).</summary>
    Result<IReadOnlyList<RegistryEntry>> ReadBlock(string relativePath, string content);

    /// <summary>Returns the block that registers a module in this file when the module's pack declares none for it,
    /// or null when this kind derives nothing from a registration.</summary>
    RegistryBlock? DerivedBlock(string relativePath, ModuleRegistration registration);

    /// <summary>Gets the workspace-relative files of this kind ModuleGen looks for even when registry.files does not
    /// list them (a root pyproject.toml that declares a dg workspace, dagster_cloud.yaml).</summary>
    IReadOnlyList<string> Discovered => [];

    /// <summary>Tells whether a file of this kind with this text is a registry at all (a pyproject.toml is one only
    /// when it declares <c>[tool.dg] directory_type = "workspace"</c>).</summary>
    bool IsRegistry(string text) => true;

    /// <summary>Tells whether the file at this workspace-relative path with this text is a registry of this kind.</summary>
    bool IsRegistryAt(string relativePath, string text) => IsRegistry(text);

    /// <summary>Gets whether ModuleGen registers modules in files of this kind (dagster_cloud.yaml is only read).</summary>
    bool Editable => true;

    /// <summary>Gets whether this kind is a dg workspace listing projects: one that exists is where modules register.</summary>
    bool ListsProjects => false;

    /// <summary>Gets whether files of this kind are found anywhere in the repository (per-location dagster-cloud.yaml
    /// files, Helm values), not only where registry.files points.</summary>
    bool FoundAnywhere => false;

    /// <summary>Tells whether a file of this kind with this text is a project's own configuration (a dg project), which
    /// is no registry and no error when registry.files lists its name.</summary>
    bool IsProjectConfig(string text) => false;

    /// <summary>Returns the 0-based line a new block goes before: right after the last entry of the kind the block adds
    /// (never after an unrelated table, never between a comment and the entry it describes, never changing a last line
    /// that has no final newline); null when the block's anchor (or the end of the file) decides.</summary>
    int? InsertionLine(string text) => null;

    /// <summary>Returns why no block can be added to the file as it is, or null when one can.</summary>
    ToolError? CannotHold(string relativePath, string text) => null;

    /// <summary>Returns what the tool that reads the file would reject in it (dg's schema, Dagster's workspace schema).</summary>
    IReadOnlyList<RegistryFinding> Check(string relativePath, string text) => [];

    /// <summary>Returns the exact text a person adds to a file of this kind that ModuleGen does not edit (Helm values,
    /// dagster_cloud.yaml) to register a module; null when the kind has none.</summary>
    string? ManualEntry(string relativePath, string text, ModuleRegistration registration) => null;
}
