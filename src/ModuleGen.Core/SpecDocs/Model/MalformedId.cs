namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Records an ID-like token that does not follow the ID formats, and why.</summary>
public sealed record MalformedId(string Text, string Reason, string File, int Line, int Column);
