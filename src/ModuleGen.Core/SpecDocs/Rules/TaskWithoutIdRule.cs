using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG117: a task heading has a number but no <c>TASK-{M}-N</c> ID (<c>### 1. SDK Implementation</c>); its
/// subtasks still count, and the finding proposes the next free ID for it.</summary>
internal sealed class TaskWithoutIdRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG117", "Task without an ID", Severity.Warning,
        "Commits, PRs and other documents refer to a task by its TASK ID; a numbered heading gives them nothing stable to cite.",
        "Rename the heading to '### TASK-{PREFIX}-N: Title' with the ID the finding proposes.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        var withoutId = graph.Set.Tasks.Where(t => !t.HasId).ToArray();
        if (withoutId.Length == 0)
        {
            // Nothing to propose: the next free number would cost a pass over every ID the documents write.
            yield break;
        }

        var used = IdAllocator.Used(graph.Set, IdKind.Task);
        var width = graph.Spelling.WidthOf(IdKind.Task);
        var next = used.Count == 0 ? 1 : used.Max() + 1;
        foreach (var task in withoutId)
        {
            var proposal = new SpecId(IdKind.Task, next++).Format(graph.Set.Prefix, width);
            yield return graph.At(Rule, task.Id.File, task.Id.Line, null,
                $"The task '{task.Id.Text}' has no TASK-{graph.Set.Prefix}-N ID.",
                $"Write the heading as '{proposal}: {task.Title}' ({proposal} is the next free task ID).");
        }
    }
}
