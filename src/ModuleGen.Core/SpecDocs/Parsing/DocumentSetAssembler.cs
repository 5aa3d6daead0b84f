using ModuleGen.Core.SpecDocs.Formats;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Reads the intent-driven module pipeline: each standard document with the parser for its kind, joined into
/// one <see cref="DocumentSet"/>.</summary>
internal sealed class DocumentSetAssembler : ISpecReader
{
    public SpecFormat Format => SpecFormat.ModulePipeline;

    /// <inheritdoc/>
    /// <remarks>Only the folder's own files count (the pipeline keeps its documents side by side), leniently named.</remarks>
    public IReadOnlyList<(SpecDocumentKind Kind, string Path)> Select(IReadOnlyList<string> files) =>
        DocumentLocator.Find(files.Where(f => !f.Contains('/', StringComparison.Ordinal)));

    public DocumentSet Read(SetSource source)
    {
        var (module, prefix, folder, sources, globalFile, global) = (source.Names, source.Prefix, source.Folder, source.Documents, source.GlobalFile, source.Global);
        var tokenizer = new IdTokenizer(prefix);
        var links = new List<DocumentLink>();
        var documents = new List<SpecDocument>();
        IReadOnlyList<Requirement> requirements = [], actualRequirements = [];
        IReadOnlyList<Scenario> scenarios = [], actualScenarios = [];
        IReadOnlyList<SpecTask> tasks = [];
        IReadOnlyList<GapEntry> gaps = [];
        ChangelogDocument? changelog = null;
        foreach (var document in sources)
        {
            // Each block is read once, as it is parsed: a large document is never held whole (see SpecMarkdown.ParseBlocks).
            var markdown = LinkReader.Collecting(SpecMarkdown.ParseBlocks(document.Content), document.File, links);
            var builder = new DocumentBuilder(document.Kind, document.File, tokenizer);
            switch (document.Kind)
            {
                case SpecDocumentKind.IntentDesign:
                case SpecDocumentKind.ActualDesign:
                    DesignParser.Parse(markdown, builder, definesPhases: document.Kind == SpecDocumentKind.IntentDesign);
                    break;
                case SpecDocumentKind.IntentRequirements:
                    requirements = RequirementsParser.Parse(markdown, builder);
                    break;
                case SpecDocumentKind.ActualRequirements:
                    actualRequirements = RequirementsParser.Parse(markdown, builder);
                    break;
                case SpecDocumentKind.IntentScenarios:
                    scenarios = ScenariosParser.Parse(markdown, builder);
                    break;
                case SpecDocumentKind.ActualScenarios:
                    actualScenarios = ScenariosParser.Parse(markdown, builder);
                    break;
                case SpecDocumentKind.Tasks:
                    tasks = TasksParser.Parse(markdown, builder);
                    break;
                case SpecDocumentKind.IntentVsActual:
                    gaps = GapParser.Parse(markdown, builder);
                    break;
                case SpecDocumentKind.Changelog:
                    changelog = ChangelogParser.Parse(markdown, builder);
                    break;
                default:
                    // A document no parser reads still has its links checked.
                    foreach (var _ in markdown)
                    {
                    }

                    break;
            }

            documents.Add(builder.Build());
        }

        return new DocumentSet
        {
            Module = module,
            Prefix = prefix,
            Folder = folder,
            Documents = documents,
            Requirements = requirements,
            Scenarios = scenarios,
            Tasks = tasks,
            DesignPhases = documents.FirstOrDefault(d => d.Kind == SpecDocumentKind.IntentDesign)?.Phases ?? [],
            Changelog = changelog,
            Gaps = gaps,
            ActualRequirements = actualRequirements,
            ActualScenarios = actualScenarios,
            GlobalFile = globalFile,
            GlobalRequirements = global,
            Format = Format,
            Links = links,
        };
    }
}
