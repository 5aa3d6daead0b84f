namespace ModuleGen.Core.Registry;

/// <summary>Describes one configured registry file.</summary>
/// <param name="Path">Workspace-relative path (from registry.files).</param>
/// <param name="Kind">The registry kind that reads it.</param>
/// <param name="Exists">Whether the file exists.</param>
/// <param name="Entries">How many entries it holds.</param>
/// <param name="ManagedBlocks">How many ModuleGen marker blocks it holds.</param>
public sealed record RegistryFileSummary(string Path, string Kind, bool Exists, int Entries, int ManagedBlocks)
{
    /// <summary>Gets why this file is the one read (the workspace.yaml a compose file, Dockerfile or script runs), or null.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets whether ModuleGen registers modules in it (false: read only, such as dagster_cloud.yaml or Helm values).</summary>
    public bool Editable { get; init; } = true;
}
