namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Records where an ID was written: the ID, its text as written, and its file, line and column (1-based).</summary>
public sealed record IdOccurrence(SpecId Id, string Text, string File, int Line, int Column);
