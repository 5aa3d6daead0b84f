namespace ModuleGen.Core.Templates;

/// <summary>Holds a pack's template.yaml: identity, variables, add-ons, files, injections, the audit checklist and the
/// migrations of its later versions.</summary>
/// <param name="Name">The pack name (also its folder name).</param>
/// <param name="Version">The pack version, recorded in answers files.</param>
/// <param name="Description">One line on what the pack generates.</param>
/// <param name="Variables">Declared variables, in declaration order (defaults may refer to earlier ones).</param>
/// <param name="Addons">Declared add-ons, in declaration order.</param>
/// <param name="Files">Generated files.</param>
/// <param name="Injections">Snippets injected into existing files.</param>
/// <param name="Checklist">Audit rules for modules generated from the pack.</param>
public sealed record PackManifest(
    string Name,
    string Version,
    string Description,
    IReadOnlyList<PackVariable> Variables,
    IReadOnlyList<PackAddon> Addons,
    IReadOnlyList<PackFile> Files,
    IReadOnlyList<PackInjection> Injections,
    IReadOnlyList<ChecklistItem> Checklist)
{
    /// <summary>Gets glob patterns, relative to the generated folder, of files the pack's layout expects the agent to add
    /// (another module under a Dagster project's <c>defs/</c>, another test): verify_files does not call them unplanned.</summary>
    public IReadOnlyList<string> Conventions { get; init; } = [];
    /// <summary>Gets the migrations an update runs on its way to a newer version, ordered by the version they lead to.</summary>
    public IReadOnlyList<PackMigration> Migrations { get; init; } = [];
}
