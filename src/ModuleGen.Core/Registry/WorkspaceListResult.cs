namespace ModuleGen.Core.Registry;

/// <summary>Lists the registry files and every entry in them, each marked managed (inside a marker block) or not.</summary>
/// <param name="Files">The configured registry files, in registry.files order.</param>
/// <param name="Entries">Every entry, by file then line.</param>
public sealed record WorkspaceListResult(IReadOnlyList<RegistryFileSummary> Files, IReadOnlyList<RegistryEntry> Entries);
