using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG114 (info): the numbers of defined requirements, scenarios, tasks or phases skip values.</summary>
internal sealed class IdGapRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG114", "Gap in ID numbering", Severity.Info,
        "A gap often means a deleted or renumbered item whose references may still exist elsewhere.",
        "Nothing to fix if the gap is deliberate (IDs are never reused); otherwise check for lost items.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        var set = graph.Set;
        var groups = new[]
        {
            (Kind: IdKind.Requirement, Definitions: set.Requirements.Select(r => (r.Id.Id.Number, r.Id.File, r.Id.Line))),
            (Kind: IdKind.Scenario, Definitions: set.Scenarios.Select(s => (s.Id.Id.Number, s.Id.File, s.Id.Line))),
            (Kind: IdKind.Task, Definitions: set.Tasks.Where(t => t.HasId).Select(t => (t.Id.Id.Number, t.Id.File, t.Id.Line))),
            (Kind: IdKind.Phase, Definitions: set.DesignPhases.Select(p => (p.Number, p.File, p.Line))),
        };
        foreach (var (kind, definitions) in groups)
        {
            var firsts = definitions.GroupBy(d => d.Number).Select(g => g.First()).OrderBy(d => d.Number).ToArray();
            for (var i = 1; i < firsts.Length; i++)
            {
                var (low, high) = (firsts[i - 1].Number, firsts[i].Number);
                if (high > low + 1)
                {
                    var missing = high == low + 2 ? graph.Name(kind, low + 1) : $"{graph.Name(kind, low + 1)} to {graph.Name(kind, high - 1)}";
                    yield return graph.At(Rule, firsts[i].File, firsts[i].Line, null,
                        $"{graph.Name(kind, high)} follows {graph.Name(kind, low)}; {missing} {(high == low + 2 ? "is" : "are")} not defined.",
                        "Leave the gap if the IDs were retired on purpose; otherwise look for the lost items and their references.");
                }
            }
        }
    }
}
