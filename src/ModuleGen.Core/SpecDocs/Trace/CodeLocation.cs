namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Points at a line of a source or test file (workspace-relative).</summary>
public sealed record CodeLocation(string File, int Line);
