namespace ModuleGen.Core.Registry;

/// <summary>Describes one configured registry file.</summary>
/// <param name="Path">Workspace-relative path (from registry.files).</param>
/// <param name="Kind">The registry kind that reads it.</param>
/// <param name="Exists">Whether the file exists.</param>
/// <param name="Entries">How many entries it holds.</param>
/// <param name="ManagedBlocks">How many ModuleGen marker blocks it holds.</param>
public sealed record RegistryFileSummary(string Path, string Kind, bool Exists, int Entries, int ManagedBlocks);
