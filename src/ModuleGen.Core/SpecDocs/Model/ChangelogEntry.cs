namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Holds one CHANGELOG bullet and the IDs it cites.</summary>
public sealed record ChangelogEntry(string Text, IReadOnlyList<IdOccurrence> References, int Line);
