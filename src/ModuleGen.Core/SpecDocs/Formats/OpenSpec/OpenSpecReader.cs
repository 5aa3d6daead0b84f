using System.Text.RegularExpressions;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Parsing;

namespace ModuleGen.Core.SpecDocs.Formats.OpenSpec;

/// <summary>Reads an OpenSpec folder (<c>openspec/</c>): the capability specs under <c>specs/</c>, and every change under
/// <c>changes/</c> and <c>changes/archive/</c> with its proposal, tasks, design and delta specs.</summary>
/// <remarks>Requirements of active changes' deltas join the model (they are checked as OpenSpec's validator checks
/// them); archived changes are history: their deltas and tasks are kept for the archive rules only.</remarks>
internal sealed partial class OpenSpecReader : ISpecReader
{
    public SpecFormat Format => SpecFormat.OpenSpec;

    public IReadOnlyList<(SpecDocumentKind Kind, string Path)> Select(IReadOnlyList<string> files)
    {
        var picked = new List<(SpecDocumentKind, string)>();
        foreach (var file in files)
        {
            SpecDocumentKind? kind = MainSpec().IsMatch(file) ? SpecDocumentKind.FeatureSpec
                : ChangeFile().Match(file) is { Success: true } m ? m.Groups["file"].Value switch
                {
                    "proposal.md" => SpecDocumentKind.Proposal,
                    "tasks.md" => SpecDocumentKind.TaskList,
                    "design.md" => SpecDocumentKind.Design,
                    _ => DeltaFile().IsMatch(m.Groups["file"].Value) ? SpecDocumentKind.DeltaSpec : null,
                }
                : file is "project.md" or "AGENTS.md" or "README.md" ? SpecDocumentKind.Supporting
                : null;
            if (kind is { } k)
            {
                picked.Add((k, file));
            }
        }

        return picked;
    }

    public DocumentSet Read(SetSource source)
    {
        var requirements = new List<Requirement>();
        var scenarios = new List<Scenario>();
        var changes = new SortedDictionary<string, ChangeDraft>(StringComparer.Ordinal);
        var prefix = source.Folder.Length == 0 ? 0 : source.Folder.Length + 1;
        var (documents, links) = source.ReadEach((document, markdown, builder) =>
        {
            var relative = document.File[prefix..];
            var change = ChangeFile().Match(relative) is { Success: true } c ? Draft(changes, c, source) : null;
            change?.Files.Add(document.File);
            switch (document.Kind)
            {
                case SpecDocumentKind.FeatureSpec:
                    OpenSpecSpecParser.ReadMain(markdown, builder, relative.Split('/')[1], requirements, scenarios);
                    break;
                case SpecDocumentKind.DeltaSpec when change is not null:
                    var capability = relative.Split('/')[^2];
                    change.Deltas.AddRange(OpenSpecSpecParser.ReadDelta(markdown, builder, change.Id, capability, change.Archived ? null : requirements, change.Archived ? null : scenarios));
                    break;
                case SpecDocumentKind.TaskList when change is not null:
                    change.Tasks.AddRange(OpenSpecTasksParser.Parse(markdown, builder));
                    break;
                default:
                    foreach (var block in markdown)
                    {
                        builder.Note(block);
                    }

                    break;
            }
        });

        return source.Build(Format, documents, requirements, scenarios, [], links, changes.Values.Select(d => d.Close()).ToArray());
    }

    private static ChangeDraft Draft(SortedDictionary<string, ChangeDraft> changes, Match m, SetSource source)
    {
        var archived = m.Groups["archive"].Success;
        var id = m.Groups["id"].Value;
        var key = (archived ? "archive/" : "") + id;
        if (!changes.TryGetValue(key, out var draft))
        {
            draft = new ChangeDraft(id, source.PathOf("changes/" + key), archived);
            changes[key] = draft;
        }

        return draft;
    }

    [GeneratedRegex(@"^specs/[^/]+/spec\.md$", RegexOptions.CultureInvariant)]
    private static partial Regex MainSpec();

    [GeneratedRegex(@"^changes/(?<archive>archive/)?(?<id>[^/]+)/(?<file>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChangeFile();

    [GeneratedRegex(@"^specs/[^/]+/spec\.md$", RegexOptions.CultureInvariant)]
    private static partial Regex DeltaFile();

    private sealed class ChangeDraft(string id, string folder, bool archived)
    {
        public string Id { get; } = id;

        public bool Archived { get; } = archived;

        public List<DeltaOperation> Deltas { get; } = [];

        public List<SpecTask> Tasks { get; } = [];

        public List<string> Files { get; } = [];

        public SpecChange Close() => new(Id, folder, Archived, Deltas.ToArray(), Tasks.ToArray(), Files.ToArray());
    }
}
