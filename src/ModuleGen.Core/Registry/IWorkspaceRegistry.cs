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
}
