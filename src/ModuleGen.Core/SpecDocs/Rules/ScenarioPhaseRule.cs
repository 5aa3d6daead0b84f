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
            var declared = scenario.References.Where(r => r.Id.Kind == IdKind.Phase).Select(r => r.Id.Number).Distinct().ToArray();
            if (scenario.Section is { } section && declared.Length > 0 && !declared.Contains(section.Number))
            {
                var names = string.Join(", ", declared.Select(n => graph.Name(IdKind.Phase, n)));
                yield return graph.At(Rule, scenario.Id,
                    $"{scenario.Id.Text} declares {names} but sits under '{section.Heading}' (phase {section.Number}, line {section.Line}).",
                    $"Move {scenario.Id.Text} under the section of {names}, or change the phase it cites.");
            }
        }
    }
}
