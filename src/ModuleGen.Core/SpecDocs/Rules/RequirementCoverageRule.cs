using ModuleGen.Core.Audit;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG105: a requirement of a kind the format specifies by scenarios has none: a pipeline requirement no
/// scenario cites (once INTENT_SCENARIOS.md exists), a spec-kit user story without acceptance scenarios, an OpenSpec
/// requirement without a <c>#### Scenario:</c>.</summary>
internal sealed class RequirementCoverageRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG105", "Requirement not covered by a scenario", Severity.Warning,
        "A requirement no scenario exercises is never specified as behaviour, so it is never built or tested on purpose.",
        "Cite the requirement in the THEN bullet of a scenario that shows it, or drop the requirement.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        var format = graph.Format;
        if (!graph.Set.Has(format.ScenarioDocument))
        {
            return [];
        }

        return graph.Set.Requirements
            .Where(r => format.NeedScenario.Contains(r.Id.Id.Kind) && !r.IsPlaceholder && !graph.CitedByScenarios.Contains(r.Id.Id))
            .Select(r => graph.At(Rule, r.Id, format.NoScenario(graph.Label(r.Id)), format.ScenarioHint(graph.Label(r.Id))));
    }
}
