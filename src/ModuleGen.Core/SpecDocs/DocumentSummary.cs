using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Names one document found in the docs folder.</summary>
public sealed record DocumentSummary(SpecDocumentKind Kind, string File);
