using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG123: a task is ticked done although a requirement it cites has no scenario (in formats that specify
/// requirements by scenarios): work was finished against nothing that says how to test it.</summary>
internal sealed class DoneTaskWithoutScenarioRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG123", "Done task cites a requirement without a scenario", Severity.Warning,
        "A task marked done against a requirement with no scenario was finished without an agreed way to check it.",
        "Add a scenario for the requirement (and a test that exercises it), or untick the task until there is one.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        var format = graph.Format;
        if (format.NeedScenario.Count == 0 || !graph.Set.Has(format.ScenarioDocument))
        {
            yield break;
        }

        // A requirement defined twice (MG102) is named by its first definition.
        var unspecified = new Dictionary<SpecId, Requirement>();
        foreach (var requirement in graph.Set.Requirements)
        {
            if (format.NeedScenario.Contains(requirement.Id.Id.Kind) && !graph.CitedByScenarios.Contains(requirement.Id.Id))
            {
                unspecified.TryAdd(requirement.Id.Id, requirement);
            }
        }

        if (unspecified.Count == 0)
        {
            // Every requirement has a scenario, so no done task cites one without: the tasks need no reading.
            yield break;
        }

        foreach (var task in graph.Set.Tasks.Where(t => t.IsDone))
        {
            var cited = task.References.Select(r => r.Id).Distinct().Where(unspecified.ContainsKey).ToArray();
            if (cited.Length > 0)
            {
                var labels = string.Join(", ", cited.Select(c => graph.Label(unspecified[c].Id)));
                var name = task.HasId ? graph.Label(task.Id) : task.Name;
                yield return graph.At(Rule, task.Id, $"{Formats.SpecFormat.Capital(name)} is done, but {labels} {(cited.Length == 1 ? "has" : "have")} no {format.Noun(IdKind.Scenario)}.",
                    $"{format.ScenarioHint(labels)} Or untick {name} until there is a scenario to test it against.");
            }
        }
    }
}
