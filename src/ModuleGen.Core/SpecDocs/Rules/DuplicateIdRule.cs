using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG102: a document defines the same requirement, scenario or task ID twice.</summary>
internal sealed class DuplicateIdRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG102", "Duplicate ID", Severity.Error,
        "An ID that names two things makes every reference to it ambiguous.",
        "Give the second definition the next free ID (next_id) and update the references that meant it.");

    public IEnumerable<Finding> Check(SpecGraph graph) =>
        from document in graph.Set.Documents
        from duplicates in document.Definitions.Where(d => d.Id.Kind != IdKind.Phase).GroupBy(d => d.Id)
        from later in duplicates.Skip(1)
        select graph.At(Rule, later,
            $"{later.Text} is defined again; it was first defined at line {duplicates.First().Line}.",
            $"Renumber this definition (next_id kind={SpecId.WordOf(later.Id.Kind).ToLowerInvariant()}) and fix the references that meant it.");
}
