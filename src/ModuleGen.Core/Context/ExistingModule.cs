namespace ModuleGen.Core.Context;

/// <summary>Names a module folder found under one of the configured module roots.</summary>
/// <param name="Name">The folder name.</param>
/// <param name="Path">Workspace-relative folder.</param>
/// <param name="Generated">True when an answers file shows ModuleGen scaffolded it.</param>
public sealed record ExistingModule(string Name, string Path, bool Generated);
