using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG113: after step 2 the design still cites no module requirement or scenario.</summary>
internal sealed class DesignCrossReferenceRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG113", "Design not cross-referenced", Severity.Warning,
        "Step 2.2 links the design to the requirements and scenarios so reviewers can trace each part of the design.",
        "Add 'see SCEN-…' / '(REQ-…)' references to the design's sections (step 2.2).");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        // Only when requirements or scenarios were read: a step-2 document that yielded none is reported as not understood.
        if (graph.Set.InferredStep < 2 || graph.Set.Requirements.Count + graph.Set.Scenarios.Count == 0 || graph.Set.Find(SpecDocumentKind.IntentDesign) is not { } design ||
            design.References.Any(r => r.Id.Kind is IdKind.Requirement or IdKind.Scenario))
        {
            return [];
        }

        return [graph.At(Rule, design.File, design.FirstHeadingLine, null,
            "The design cites no module requirement or scenario although requirements and scenarios exist.",
            $"Add references such as 'see SCEN-{graph.Set.Prefix}-01' or '(REQ-{graph.Set.Prefix}-01)' to the design's sections.")];
    }
}
