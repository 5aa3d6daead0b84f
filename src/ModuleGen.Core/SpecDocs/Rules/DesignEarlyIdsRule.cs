using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG112: at step 1 (no requirements or scenarios yet) the design cites requirement, scenario or task IDs.</summary>
internal sealed class DesignEarlyIdsRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG112", "IDs in the step-1 design", Severity.Warning,
        "IDs are assigned in step 2; an ID in the step-1 design points at nothing and pre-empts the numbering.",
        "Describe the capability in words (\"timeout configuration\"); add the ID when step 2 defines it.");

    public IEnumerable<Finding> Check(SpecGraph graph) =>
        graph.Set.InferredStep != 1 || graph.Set.Find(SpecDocumentKind.IntentDesign) is not { } design
            ? []
            : design.References.Where(r => r.Id.Kind is IdKind.Requirement or IdKind.Scenario or IdKind.Task).Select(r => graph.At(Rule, r,
                $"The design cites {r.Text} before requirements and scenarios exist (step 1).",
                "Replace the ID with a description of the capability; step 2 adds the cross-references."));
}
