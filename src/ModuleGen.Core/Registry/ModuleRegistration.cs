namespace ModuleGen.Core.Registry;

/// <summary>Says how a generated module registers in the workspace, as its answers file (through its pack) says.</summary>
/// <param name="Module">The module's folder name.</param>
/// <param name="Folder">Its workspace-relative folder.</param>
/// <param name="Id">The marker id of its blocks.</param>
/// <param name="LocationName">The code location name its entry declares.</param>
/// <param name="Requested">True when its answers file chose the workspace add-on (it asked to be registered).</param>
public sealed record ModuleRegistration(string Module, string Folder, string Id, string LocationName, bool Requested);
