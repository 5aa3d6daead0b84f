using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Parsing;

namespace ModuleGen.Core.SpecDocs.Formats.Kiro;

/// <summary>Reads a Kiro spec folder (<c>.kiro/specs/feature/</c>): requirements.md (numbered requirements and their
/// EARS acceptance criteria N.M), design.md (correctness properties citing criteria) and tasks.md (<c>- [ ] N.</c>
/// tasks, <c>N.M</c> subtasks, <c>[ ]*</c> optional, <c>_Requirements: …_</c> citations).</summary>
internal sealed class KiroReader : ISpecReader
{
    public SpecFormat Format => SpecFormat.Kiro;

    public IReadOnlyList<(SpecDocumentKind Kind, string Path)> Select(IReadOnlyList<string> files)
    {
        var picked = new List<(SpecDocumentKind, string)>();
        foreach (var (kind, name) in new[] { (SpecDocumentKind.Requirements, "requirements.md"), (SpecDocumentKind.Design, "design.md"), (SpecDocumentKind.TaskList, "tasks.md") })
        {
            if (files.Contains(name, StringComparer.Ordinal))
            {
                picked.Add((kind, name));
            }
        }

        return picked;
    }

    public DocumentSet Read(SetSource source)
    {
        var requirements = new List<Requirement>();
        var tasks = new List<SpecTask>();
        var (documents, links) = source.ReadEach((document, markdown, builder) =>
        {
            switch (document.Kind)
            {
                case SpecDocumentKind.Requirements:
                    KiroRequirementsParser.Parse(markdown, builder, requirements);
                    break;
                case SpecDocumentKind.TaskList:
                    KiroTasksParser.Parse(markdown, builder, tasks);
                    break;
                default:
                    foreach (var block in markdown)
                    {
                        builder.Note(block);
                        var found = new List<IdOccurrence>();
                        foreach (var segment in InlineText.Segments(block))
                        {
                            KiroCitations.Scan(segment, builder.File, found);
                        }

                        builder.Reference(found);
                    }

                    break;
            }
        });

        return source.Build(Format, documents, requirements, [], tasks, links);
    }
}
