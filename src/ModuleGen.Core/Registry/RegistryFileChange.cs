namespace ModuleGen.Core.Registry;

/// <summary>Says what an edit does, or would do, to one registry file as a whole.</summary>
/// <param name="File">Workspace-relative registry file.</param>
/// <param name="Action">create, modify or delete.</param>
/// <param name="Backup">Where the file's previous bytes are kept (.modulegen/backups/…); null for a file that did not exist.</param>
/// <param name="Diff">Unified diff of the change.</param>
public sealed record RegistryFileChange(string File, string Action, string? Backup, string Diff);
