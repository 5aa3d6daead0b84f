using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG105: a module requirement is cited by no scenario (checked once INTENT_SCENARIOS.md exists).</summary>
internal sealed class RequirementCoverageRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG105", "Requirement not covered by a scenario", Severity.Warning,
        "A requirement no scenario exercises is never specified as behaviour, so it is never built or tested on purpose.",
        "Cite the requirement in the THEN bullet of a scenario that shows it, or drop the requirement.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        if (!graph.Set.Has(SpecDocumentKind.IntentScenarios))
        {
            return [];
        }

        var cited = graph.Set.Scenarios.SelectMany(s => s.References).Where(r => r.Id.Kind == IdKind.Requirement).Select(r => r.Id.Number).ToHashSet();
        return graph.Set.Requirements.Where(r => !cited.Contains(r.Id.Id.Number)).Select(r => graph.At(Rule, r.Id,
            $"{r.Id.Text} is not cited by any scenario.",
            $"Add ({r.Id.Text}) to a scenario bullet in INTENT_SCENARIOS.md that exercises it."));
    }
}
