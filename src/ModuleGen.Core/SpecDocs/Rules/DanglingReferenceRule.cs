using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG104: a cited ID is defined nowhere (global REQ-N are resolved against the global requirements file).</summary>
internal sealed class DanglingReferenceRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG104", "Dangling reference", Severity.Error,
        "A reference to an ID that does not exist points a reader, and the trace matrix, at nothing.",
        "Define the ID in the document that owns its kind, or correct the reference.");

    public IEnumerable<Finding> Check(SpecGraph graph)
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
}
