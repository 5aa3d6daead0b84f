namespace ModuleGen.Core.Templates;

/// <summary>Describes one pack completely: identity, variables, add-ons, files, injections, checklist, and the helpers
/// its templates may use.</summary>
/// <param name="Name">Pack name.</param>
/// <param name="Version">Pack version.</param>
/// <param name="Description">What it generates.</param>
/// <param name="Origin">built_in, workspace or search_path.</param>
/// <param name="Location">Where it lives.</param>
/// <param name="Variables">Declared variables in declaration order.</param>
/// <param name="Addons">Declared add-ons, with conflicts made symmetric.</param>
/// <param name="Files">Generated files (destinations are templates).</param>
/// <param name="Injections">Snippets injected into existing files.</param>
/// <param name="Checklist">Audit rules.</param>
/// <param name="Helpers">Helpers templates may call (for pack authors; only when asked).</param>
public sealed record DescribeTemplateResult(
    string Name,
    string Version,
    string Description,
    string Origin,
    string Location,
    IReadOnlyList<PackVariable> Variables,
    IReadOnlyList<PackAddon> Addons,
    IReadOnlyList<PackFile> Files,
    IReadOnlyList<PackInjection> Injections,
    IReadOnlyList<ChecklistItem> Checklist,
    IReadOnlyList<HelperSignature>? Helpers);
