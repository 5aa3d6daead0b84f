namespace ModuleGen.Core.Common;

/// <summary>Points at a place inside a file: workspace-relative path, 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column);
