namespace ModuleGen.Core.Context;

/// <summary>Names a module folder: one under a configured module root, a folder a registry entry points at (a dg
/// project, a location's working directory or package), or a folder holding an answers file — anywhere in the workspace.</summary>
/// <param name="Name">The folder name.</param>
/// <param name="Path">Workspace-relative folder.</param>
/// <param name="Generated">True when an answers file shows ModuleGen scaffolded it.</param>
public sealed record ExistingModule(string Name, string Path, bool Generated)
{
    /// <summary>Gets the code location names registry entries give it (empty when none names one, as for dg projects).</summary>
    public IReadOnlyList<string> Locations { get; init; } = [];

    /// <summary>Gets the registry files that register it ("file:line"), empty when none does.</summary>
    public IReadOnlyList<string> RegisteredIn { get; init; } = [];
}
