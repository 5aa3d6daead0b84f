using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG119: a requirement the format links to tasks is cited by no task (once tasks were read from the task list): a spec-kit
/// user story no <c>[US#]</c> task (or story phase) implements; a Kiro acceptance criterion no task's
/// <c>_Requirements:</c> names — criterion by criterion, a requirement without criteria as a whole.</summary>
internal sealed class TaskCoverageRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG119", "Requirement not covered by a task", Severity.Warning,
        "A requirement or acceptance criterion no task cites is planned but never scheduled: nothing says who builds it, and the gap shows only at the end.",
        "Cite it in the task that implements it, or drop it from the requirements.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        var format = graph.Format;

        // Only once tasks were read: a task list that yielded none is reported as not understood (MG124), not as one
        // uncovered requirement per requirement.
        if (format.NeedTask.Count == 0 || !graph.Set.Has(format.TaskDocument) || graph.Set.Tasks.Count == 0)
        {
            yield break;
        }

        var withCriteria = graph.Set.Requirements.Where(r => r.Parent is not null).Select(r => r.Parent!.Value).ToHashSet();
        foreach (var requirement in graph.Set.Requirements.Where(r => format.NeedTask.Contains(r.Id.Id.Kind) && !r.IsPlaceholder))
        {
            var id = requirement.Id.Id;
            if (withCriteria.Contains(id) || graph.CoveredByTask(id))
            {
                continue;
            }

            var label = graph.Label(requirement.Id);
            yield return graph.At(Rule, requirement.Id, $"{Formats.SpecFormat.Capital(label)} is cited by no task.", format.CiteHint(id.Kind, requirement.Id.Text));
        }
    }
}
