using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Is one entry of a pack's <c>migrations:</c>: what an update does to a module's files and answers on its way
/// to <paramref name="Version"/>, before the new version is rendered and merged.</summary>
/// <param name="Version">The pack version the migration leads to; it runs when a module goes from a version before it
/// to one at or after it.</param>
/// <param name="Id">A name unique in the pack, e.g. dg-project-layout.</param>
/// <param name="Description">One line on what it changes, shown in dry runs and with the agent's steps.</param>
/// <param name="Steps">What it does, in order.</param>
public sealed record PackMigration(string Version, string Id, string Description, IReadOnlyList<MigrationStep> Steps)
{
    /// <summary>Gets where the migration starts in template.yaml.</summary>
    public SourceLocation? Location { get; init; }
}
