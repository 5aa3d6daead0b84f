using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Is one found document, read but not yet parsed.</summary>
/// <param name="Kind">What the document is in its format.</param>
/// <param name="File">The workspace-relative path.</param>
/// <param name="Content">The file's bytes: a set's documents are all read before any is parsed (so that an unreadable one
/// fails the call before work is done), and kept as UTF-8 they take half the memory of their text.</param>
internal sealed record SourceDocument(SpecDocumentKind Kind, string File, byte[] Content)
{
    /// <summary>Gets the document's text, decoded anew on each use: a reader takes it once, parses it and drops it.</summary>
    public string Text => RegularFile.Decode(Content);
}
