namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Holds one entry of INTENT_VS_ACTUAL.md: the ID it is about and its Intent, Actual and Gap bullets.</summary>
public sealed record GapEntry(IdOccurrence Id, string Title, string? Intent, string? Actual, string? Gap);
