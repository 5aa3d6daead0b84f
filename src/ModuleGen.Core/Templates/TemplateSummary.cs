namespace ModuleGen.Core.Templates;

/// <summary>Summarises one available pack for list_templates.</summary>
/// <param name="Name">Pack name.</param>
/// <param name="Version">Pack version.</param>
/// <param name="Description">One line on what it generates.</param>
/// <param name="Origin">built_in, workspace or search_path.</param>
/// <param name="Location">Where it lives: "built-in" or its workspace-relative folder.</param>
/// <param name="Addons">Its add-on names.</param>
/// <param name="Shadows">Origins of packs of the same name that this one hides.</param>
public sealed record TemplateSummary(
    string Name,
    string Version,
    string Description,
    string Origin,
    string Location,
    IReadOnlyList<string> Addons,
    IReadOnlyList<string> Shadows);
