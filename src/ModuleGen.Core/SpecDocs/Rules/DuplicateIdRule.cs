using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Formats;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG102: a document defines the same requirement, scenario or task ID (or OpenSpec requirement name) twice.</summary>
internal sealed class DuplicateIdRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG102", "Duplicate ID", Severity.Error,
        "An ID that names two things makes every reference to it ambiguous.",
        "Give the second definition the next free ID (next_id) and update the references that meant it.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        foreach (var document in graph.Set.Documents)
        {
            var first = new Dictionary<SpecId, IdOccurrence>(document.Definitions.Count);
            foreach (var later in document.Definitions)
            {
                if (later.Id.Kind == IdKind.Phase || first.TryAdd(later.Id, later))
                {
                    continue;
                }

                yield return graph.At(Rule, later,
                    $"{SpecFormat.Capital(graph.Label(later))} is defined again; it was first defined at line {first[later.Id].Line}.",
                    later.Id.Name is not null
                        ? $"Rename one of the two (names identify {graph.Format.Noun(later.Id.Kind)}s), or merge them."
                        : $"Renumber this definition (next_id kind={KindWord(graph.Format, later.Id.Kind)}) and fix the references that meant it.");
            }
        }
    }

    private static string KindWord(SpecFormat format, IdKind kind) =>
        format.IdKinds.Where(k => k.Value == kind).Select(k => k.Key).FirstOrDefault() ?? SpecId.WordOf(kind).ToLowerInvariant();
}
