namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Holds a heading that names a phase: <c>## PHASE-OAGW-01</c>, <c>## Phase 1</c> or <c>### Basic (PHASE-OAGW-1)</c>.</summary>
/// <param name="Number">The phase number.</param>
/// <param name="Heading">The heading text.</param>
/// <param name="File">The workspace-relative file.</param>
/// <param name="Line">The heading's 1-based line.</param>
public sealed record PhaseSection(int Number, string Heading, string File, int Line);
