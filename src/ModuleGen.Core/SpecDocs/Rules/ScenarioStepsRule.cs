using ModuleGen.Core.Audit;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG115: a scenario lacks a WHEN or a THEN step (GIVEN is optional).</summary>
internal sealed class ScenarioStepsRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG115", "Scenario without WHEN/THEN", Severity.Warning,
        "A scenario is a behaviour specification: without a trigger (WHEN) and an expected result (THEN) it cannot be tested.",
        "Add '- **WHEN** …' and '- **THEN** … (REQ-…)' bullets.");

    public IEnumerable<Finding> Check(SpecGraph graph) =>
        from scenario in graph.Set.Scenarios
        let missing = new[] { "WHEN", "THEN" }.Where(k => !scenario.Steps.Any(s => s.Keyword == k)).ToArray()
        where missing.Length > 0
        let label = graph.Label(scenario.Id)
        select graph.At(Rule, scenario.Id, graph.Format.MissingSteps(label, missing), $"Add {graph.Format.StepHint(missing)} to {label}.");
}
