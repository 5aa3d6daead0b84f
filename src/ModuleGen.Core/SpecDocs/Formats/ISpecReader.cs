using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Formats;

/// <summary>Reads one format's documents into the one model (as Markdig has one parser per block type feeding one
/// AST): it picks the files it understands from a folder's listing and turns their text into a <see cref="DocumentSet"/>.</summary>
internal interface ISpecReader
{
    SpecFormat Format { get; }

    /// <summary>Picks the documents to read from the folder's Markdown files (folder-relative, <c>/</c>-separated, in
    /// ordinal order), each with its kind; the others are reported as ignored.</summary>
    IReadOnlyList<(SpecDocumentKind Kind, string Path)> Select(IReadOnlyList<string> files);

    /// <summary>Parses the picked documents into one set.</summary>
    DocumentSet Read(SetSource source);
}
