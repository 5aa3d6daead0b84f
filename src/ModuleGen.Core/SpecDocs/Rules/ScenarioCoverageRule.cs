using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG106: a scenario is cited by no task (checked once tasks were read from TASKS.md: a TASKS.md that yielded
/// none is reported as not understood, MG124, not as one uncovered scenario per scenario).</summary>
internal sealed class ScenarioCoverageRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG106", "Scenario not covered by a task", Severity.Warning,
        "A scenario no task implements will not be built; the gap shows up only at the end.",
        "Cite the scenario in the subtask that implements it (and the one that tests it).");

    public IEnumerable<Finding> Check(SpecGraph graph) =>
        !graph.Set.Has(SpecDocumentKind.Tasks) || graph.Set.Tasks.Count == 0
            ? []
            : graph.Set.Scenarios.Where(s => !graph.ScenariosCitedByTasks.Contains(s.Id.Id.Number)).Select(s => graph.At(Rule, s.Id,
                $"{s.Id.Text} is not cited by any task.",
                $"Add ({s.Id.Text}) to the subtask in TASKS.md that implements it."));
}
