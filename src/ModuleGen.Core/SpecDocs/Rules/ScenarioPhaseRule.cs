using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG107: a scenario declares a phase (cites PHASE-{M}-N) but sits under another phase's section.</summary>
internal sealed class ScenarioPhaseRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG107", "Scenario outside its phase section", Severity.Error,
        "Phases are delivered one at a time from their sections; a scenario filed under the wrong phase is built too early or too late.",
        "Move the scenario under the section of the phase it declares, or correct the phase it cites.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        foreach (var scenario in graph.Set.Scenarios)
        {
            if (scenario.Section is { } section && Misplaced(scenario, section))
            {
                var declared = scenario.References.Where(r => r.Id.Kind == IdKind.Phase).Select(r => r.Id.Number).Distinct();
                var names = string.Join(", ", declared.Select(n => graph.Name(IdKind.Phase, n)));
                yield return graph.At(Rule, scenario.Id,
                    $"{scenario.Id.Text} declares {names} but sits under '{section.Heading}' (phase {section.Number}, line {section.Line}).",
                    $"Move {scenario.Id.Text} under the section of {names}, or change the phase it cites.");
            }
        }
    }

    /// <summary>Tells whether a scenario declares phases and its section's is not among them.</summary>
    /// <remarks>One indexed look at its citations, as almost every scenario is where it belongs (an enumerator per
    /// scenario is garbage by the ten thousand on a large set).</remarks>
    private static bool Misplaced(Scenario scenario, PhaseSection section)
    {
        var declares = false;
        for (var i = 0; i < scenario.References.Count; i++)
        {
            var cited = scenario.References[i].Id;
            if (cited.Kind == IdKind.Phase)
            {
                if (cited.Number == section.Number)
                {
                    return false;
                }

                declares = true;
            }
        }

        return declares;
    }
}
