using ModuleGen.Core.Audit;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG115: a scenario lacks a WHEN or a THEN bullet.</summary>
internal sealed class ScenarioStepsRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG115", "Scenario without WHEN/THEN", Severity.Warning,
        "A scenario is a behaviour specification: without a trigger (WHEN) and an expected result (THEN) it cannot be tested.",
        "Add '- **WHEN** …' and '- **THEN** … (REQ-…)' bullets.");

    public IEnumerable<Finding> Check(SpecGraph graph) =>
        from scenario in graph.Set.Scenarios
        let missing = new[] { "WHEN", "THEN" }.Where(k => !scenario.Steps.Any(s => s.Keyword == k)).ToArray()
        where missing.Length > 0
        select graph.At(Rule, scenario.Id,
            $"{scenario.Id.Text} has no {string.Join(" or ", missing)} bullet.",
            $"Add {string.Join(" and ", missing.Select(m => $"'- **{m}** …'"))} to {scenario.Id.Text}.");
}
