using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Formats;
using ModuleGen.Core.SpecDocs.Formats.Kiro;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG104: a cited ID is defined nowhere: a pipeline ID (global REQ-N against the global requirements file), a
/// spec-kit <c>[US7]</c> with six stories, a Kiro <c>_Requirements: 9.1_</c>.</summary>
internal sealed class DanglingReferenceRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG104", "Dangling reference", Severity.Error,
        "A reference to an ID that does not exist points a reader, and the trace matrix, at nothing.",
        "Define the ID in the document that owns its kind, or correct the reference.");

    public IEnumerable<Finding> Check(SpecGraph graph) =>
        graph.Format == SpecFormat.ModulePipeline ? Pipeline(graph) : Cited(graph);

    /// <summary>Any other format: every citation must name something the set defines; when the defining document is
    /// missing altogether, one finding says so instead of one per citation.</summary>
    private IEnumerable<Finding> Cited(SpecGraph graph)
    {
        var reported = new HashSet<SpecDocumentKind>();
        foreach (var reference in graph.Set.Documents.SelectMany(d => d.References))
        {
            if (reference.Id == KiroCitations.All || graph.Defined.Contains(reference.Id))
            {
                continue;
            }

            var ownerKind = graph.Format.OwnerKind(reference.Id.Kind);
            if (!graph.Set.Has(ownerKind))
            {
                if (reported.Add(ownerKind))
                {
                    var count = graph.Set.Documents.SelectMany(d => d.References).Count(r => graph.Format.OwnerKind(r.Id.Kind) == ownerKind && !graph.Defined.Contains(r.Id) && r.Id != KiroCitations.All);
                    var missing = graph.Format.Owner(reference.Id.Kind);
                    yield return graph.At(Rule, reference, $"{SpecFormat.Capital(graph.Label(reference))} and {count - 1} other citation(s) cannot resolve: {graph.Set.Folder} has no {missing}.",
                        $"Add {missing} (the documents cite what it should define), or correct the citations.");
                }

                continue;
            }

            var label = graph.Label(reference);
            var owner = graph.Format.Owner(reference.Id.Kind);
            var detail = reference.Id.Parent is { } parent && graph.Defined.Contains(parent)
                ? $" ({graph.Format.Label(parent.Kind, Number(parent))} has {graph.Set.Requirements.Count(r => r.Parent == parent)} {graph.Format.Noun(reference.Id.Kind)}(s))"
                : "";
            yield return graph.At(Rule, reference, $"{SpecFormat.Capital(label)} is cited but not defined in {owner}{detail}.",
                $"Define {label} in {owner}, or cite one that exists.");
        }
    }

    private IEnumerable<Finding> Pipeline(SpecGraph graph)
    {
        var set = graph.Set;
        foreach (var document in set.Documents)
        {
            var actual = document.Kind is SpecDocumentKind.ActualDesign or SpecDocumentKind.ActualRequirements or SpecDocumentKind.ActualScenarios or SpecDocumentKind.IntentVsActual;
            foreach (var reference in document.References)
            {
                var kind = reference.Id.Kind;
                if (!CrossReferenceTable.Allows(document.Kind, kind) || (document.Kind == SpecDocumentKind.IntentDesign && set.InferredStep == 1 && kind != IdKind.GlobalRequirement && kind != IdKind.Phase))
                {
                    continue;
                }

                var number = reference.Id.Number;
                var (defined, owner) = kind switch
                {
                    IdKind.GlobalRequirement => (set.GlobalRequirements is null || set.GlobalRequirements.Contains(number), set.GlobalFile),
                    IdKind.Requirement => (graph.Requirements.Contains(number) || (actual && graph.ActualRequirements.Contains(number)), "INTENT_REQUIREMENTS.md"),
                    IdKind.Scenario => (graph.Scenarios.Contains(number) || (actual && graph.ActualScenarios.Contains(number)), "INTENT_SCENARIOS.md"),
                    IdKind.Task => (graph.Tasks.Contains(number), "TASKS.md"),
                    _ => (graph.Phases.Contains(number), "INTENT_DESIGN.md (a phase heading)"),
                };
                if (!defined)
                {
                    yield return graph.At(Rule, reference, $"{reference.Text} is cited but not defined in {owner}.",
                        $"Define {reference.Text} in {owner}, or cite an ID that exists.");
                }
            }
        }
    }

    private static string Number(SpecId id) => id.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
