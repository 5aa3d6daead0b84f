using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Is the text of one found document, before parsing.</summary>
internal sealed record SourceDocument(SpecDocumentKind Kind, string File, string Text);
