using Markdig.Syntax;
using ModuleGen.Core.Context;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Parsing;

namespace ModuleGen.Core.SpecDocs.Formats;

/// <summary>Is what a reader reads: the set's names and folder, the documents' text, and the global requirements.</summary>
/// <param name="Names">The set's names (a module's, or a spec folder's name as written).</param>
/// <param name="Prefix">The pipeline ID prefix (empty for the other formats).</param>
/// <param name="Folder">The workspace-relative folder of the set.</param>
/// <param name="Documents">The documents picked by the reader, in its order.</param>
/// <param name="GlobalFile">The workspace-relative global requirements file.</param>
/// <param name="Global">The global requirement numbers, or null when the file does not exist.</param>
/// <param name="Focus">The change a call is about (OpenSpec), or null.</param>
internal sealed record SetSource(ModuleNames Names, string Prefix, string Folder, IReadOnlyList<SourceDocument> Documents, string GlobalFile, IReadOnlySet<int>? Global, string? Focus = null)
{
    /// <summary>Builds a set of a format from what its reader found.</summary>
    public DocumentSet Build(SpecFormat format, IReadOnlyList<SpecDocument> documents, IReadOnlyList<Requirement> requirements, IReadOnlyList<Scenario> scenarios,
        IReadOnlyList<SpecTask> tasks, IReadOnlyList<DocumentLink> links, IReadOnlyList<SpecChange>? changes = null) =>
        new()
        {
            Module = Names,
            Prefix = Prefix,
            Folder = Folder,
            Documents = documents,
            Requirements = requirements,
            Scenarios = scenarios,
            Tasks = tasks,
            DesignPhases = [],
            Changelog = null,
            Gaps = [],
            ActualRequirements = [],
            ActualScenarios = [],
            GlobalFile = GlobalFile,
            GlobalRequirements = Global,
            Format = format,
            Links = links,
            Changes = changes ?? [],
            Focus = Focus,
        };

    /// <summary>Reads every document the same way for every format: parses its Markdown, collects its links and lets
    /// <paramref name="read"/> (the format's own parsing) fill its builder; returns the documents built and the links,
    /// in the documents' order.</summary>
    public (IReadOnlyList<SpecDocument> Documents, IReadOnlyList<DocumentLink> Links) ReadEach(Action<SourceDocument, MarkdownDocument, DocumentBuilder> read)
    {
        var documents = new List<SpecDocument>(Documents.Count);
        var links = new List<DocumentLink>();
        foreach (var document in Documents)
        {
            var markdown = SpecMarkdown.Parse(document.Text);
            var builder = new DocumentBuilder(document.Kind, document.File, null);
            links.AddRange(LinkReader.Collect(markdown, document.File));
            read(document, markdown, builder);
            documents.Add(builder.Build());
        }

        return (documents, links);
    }

    /// <summary>Returns the workspace-relative path of a folder-relative one.</summary>
    public string PathOf(string relative) => Folder.Length == 0 ? relative : $"{Folder}/{relative}";
}
