namespace ModuleGen.Core.SpecDocs;

/// <summary>Summarises one spec folder of a check_docs answer: what was read, as which format, and what was found.</summary>
/// <param name="Name">The set's name: the module, or the spec folder's name.</param>
/// <param name="Folder">The workspace-relative folder.</param>
/// <param name="Format">The format it was read as (module-pipeline, spec-kit, kiro, openspec), or "none" when no format's documents were there.</param>
/// <param name="Step">The workflow step the documents show (0 for an OpenSpec repository of changes).</param>
/// <param name="FilesRead">The documents read.</param>
/// <param name="FilesIgnored">The folder's Markdown files the format does not read.</param>
/// <param name="Stats">Element counts.</param>
/// <param name="Counts">Findings per severity.</param>
public sealed record CheckDocsSet(string Name, string Folder, string Format, int Step, IReadOnlyList<string> FilesRead, IReadOnlyList<string> FilesIgnored, DocumentStats Stats, FindingCounts Counts);
