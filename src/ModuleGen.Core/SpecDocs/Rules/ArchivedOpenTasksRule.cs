using ModuleGen.Core.Audit;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG121: an archived change's tasks.md still has unticked tasks: the archive says the change shipped, its
/// task list says it did not.</summary>
internal sealed class ArchivedOpenTasksRule : ISpecRule
{
    /// <summary>How many open tasks a finding names.</summary>
    private const int Named = 8;

    public AuditRule Rule { get; } = new("MG121", "Archived change with open tasks", Severity.Warning,
        "An archived change records what shipped; unticked tasks in it mean either the work was not done or the record is wrong.",
        "Tick the tasks that were done; move the work that was not done into a new change.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        foreach (var change in graph.Set.Changes.Where(c => c.Archived))
        {
            var open = change.Tasks.SelectMany(t => t.Subtasks).Where(s => !s.Optional && !(s.Checked == true && s.NestedDone)).ToArray();
            if (open.Length == 0)
            {
                continue;
            }

            var names = string.Join(", ", open.Take(Named).Select(s => s.Number ?? $"line {s.Line}")) + (open.Length > Named ? $" … ({open.Length - Named} more)" : "");
            var file = change.Tasks[0].Id.File;
            yield return graph.At(Rule, file, open[0].Line, null,
                $"The archived change '{change.Id}' has {open.Length} unticked task(s): {names}.",
                "Tick the tasks that were done; move the work that was not done into a new change.");
        }
    }
}
