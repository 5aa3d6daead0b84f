using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG115: a scenario lacks a WHEN or a THEN step (GIVEN is optional).</summary>
internal sealed class ScenarioStepsRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG115", "Scenario without WHEN/THEN", Severity.Warning,
        "A scenario is a behaviour specification: without a trigger (WHEN) and an expected result (THEN) it cannot be tested.",
        "Add '- **WHEN** …' and '- **THEN** … (REQ-…)' bullets.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        foreach (var scenario in graph.Set.Scenarios)
        {
            var (when, then) = (HasStep(scenario, "WHEN"), HasStep(scenario, "THEN"));
            if (when && then)
            {
                continue;
            }

            string[] missing = when ? ["THEN"] : then ? ["WHEN"] : ["WHEN", "THEN"];
            var label = graph.Label(scenario.Id);
            yield return graph.At(Rule, scenario.Id, graph.Format.MissingSteps(label, missing), $"Add {graph.Format.StepHint(missing)} to {label}.");
        }
    }

    /// <summary>Tells whether a scenario has a step of the keyword (indexed, not enumerated: an enumerator per scenario
    /// is garbage by the ten thousand on a large set).</summary>
    private static bool HasStep(Scenario scenario, string keyword)
    {
        for (var i = 0; i < scenario.Steps.Count; i++)
        {
            if (scenario.Steps[i].Keyword == keyword)
            {
                return true;
            }
        }

        return false;
    }
}
