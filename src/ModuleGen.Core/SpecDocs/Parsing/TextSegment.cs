namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Is a run of inline text with the 1-based line and column where it starts.</summary>
internal readonly record struct TextSegment(string Text, int Line, int Column);
