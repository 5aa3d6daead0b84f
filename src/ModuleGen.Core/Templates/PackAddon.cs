namespace ModuleGen.Core.Templates;

/// <summary>Declares an optional feature of a pack and how it combines with the others.</summary>
/// <param name="Name">kebab-case name (e.g. deploy-git).</param>
/// <param name="Description">What choosing it adds.</param>
/// <param name="Conflicts">Add-ons that cannot be chosen with this one (the relation is symmetric).</param>
/// <param name="Requires">Add-ons that must be chosen with this one.</param>
public sealed record PackAddon(string Name, string Description, IReadOnlyList<string> Conflicts, IReadOnlyList<string> Requires);
