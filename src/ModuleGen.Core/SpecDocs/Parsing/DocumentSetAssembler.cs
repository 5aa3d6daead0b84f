using ModuleGen.Core.Context;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Parses a module's documents, each with the reader for its kind, and joins them into one <see cref="DocumentSet"/>.</summary>
internal static class DocumentSetAssembler
{
    public static DocumentSet Assemble(ModuleNames module, string prefix, string folder, IReadOnlyList<SourceDocument> sources, string globalFile, IReadOnlySet<int>? global)
    {
        var tokenizer = new IdTokenizer(prefix);
        var documents = new List<SpecDocument>();
        IReadOnlyList<Requirement> requirements = [], actualRequirements = [];
        IReadOnlyList<Scenario> scenarios = [], actualScenarios = [];
        IReadOnlyList<SpecTask> tasks = [];
        IReadOnlyList<GapEntry> gaps = [];
        ChangelogDocument? changelog = null;
        foreach (var source in sources)
        {
            var markdown = SpecMarkdown.Parse(source.Text);
            var builder = new DocumentBuilder(source.Kind, source.File, tokenizer);
            switch (source.Kind)
            {
                case SpecDocumentKind.IntentDesign:
                case SpecDocumentKind.ActualDesign:
                    DesignParser.Parse(markdown, builder, definesPhases: source.Kind == SpecDocumentKind.IntentDesign);
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
        };
    }
}
