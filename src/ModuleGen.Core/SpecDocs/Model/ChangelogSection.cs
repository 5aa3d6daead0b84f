namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Holds one change-type section of a version (Added, Changed, Deprecated, Removed, Fixed, Security).</summary>
public sealed record ChangelogSection(string Name, int Line, IReadOnlyList<ChangelogEntry> Entries);
