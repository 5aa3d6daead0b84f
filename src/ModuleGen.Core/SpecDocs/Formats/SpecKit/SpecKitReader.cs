using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Parsing;

namespace ModuleGen.Core.SpecDocs.Formats.SpecKit;

/// <summary>Reads a spec-kit feature folder (<c>specs/NNN-feature/</c>): spec.md (user stories, acceptance scenarios,
/// FR and SC), tasks.md (T### tasks in phases, tagged [US#]), plan.md and checklists/ (citations), and the supporting
/// documents (citations and links).</summary>
internal sealed class SpecKitReader : ISpecReader
{
    private static readonly string[] s_supporting = ["research.md", "data-model.md", "quickstart.md"];

    public SpecFormat Format => SpecFormat.SpecKit;

    public IReadOnlyList<(SpecDocumentKind Kind, string Path)> Select(IReadOnlyList<string> files)
    {
        var picked = new List<(SpecDocumentKind, string)>();
        foreach (var file in files)
        {
            var kind = file switch
            {
                "spec.md" => SpecDocumentKind.FeatureSpec,
                "plan.md" => SpecDocumentKind.Plan,
                "tasks.md" => SpecDocumentKind.TaskList,
                _ when file.StartsWith("checklists/", StringComparison.Ordinal) && file.Count(c => c == '/') == 1 => SpecDocumentKind.Checklist,
                _ when s_supporting.Contains(file, StringComparer.Ordinal) || (file.StartsWith("contracts/", StringComparison.Ordinal) && file.Count(c => c == '/') == 1) => SpecDocumentKind.Supporting,
                _ => (SpecDocumentKind?)null,
            };
            if (kind is { } k)
            {
                picked.Add((k, file));
            }
        }

        // spec, plan, tasks first (the workflow's order), then the rest by name.
        return picked.OrderBy(p => p.Item1 switch { SpecDocumentKind.FeatureSpec => 0, SpecDocumentKind.Plan => 1, SpecDocumentKind.TaskList => 2, _ => 3 })
            .ThenBy(p => p.Item2, StringComparer.Ordinal).ToArray();
    }

    public DocumentSet Read(SetSource source)
    {
        var requirements = new List<Requirement>();
        var scenarios = new List<Scenario>();
        var tasks = new List<SpecTask>();
        var (documents, links) = source.ReadEach((document, markdown, builder) =>
        {
            switch (document.Kind)
            {
                case SpecDocumentKind.FeatureSpec:
                    SpecKitSpecParser.Parse(markdown, builder, requirements, scenarios);
                    break;
                case SpecDocumentKind.TaskList:
                    SpecKitTasksParser.Parse(markdown, builder, tasks);
                    break;
                default:
                    foreach (var block in markdown)
                    {
                        builder.Note(block);
                        builder.Reference(SpecKitIds.Scan(InlineText.Segments(block), builder.File, tasks: false));
                    }

                    break;
            }
        });

        return source.Build(Format, documents, requirements, scenarios, tasks, links);
    }
}
