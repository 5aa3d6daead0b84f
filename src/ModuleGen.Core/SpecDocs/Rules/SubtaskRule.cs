using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG109: a subtask lacks its checkbox or its <c>N.M</c> number, repeats a number, or numbers under another task.</summary>
internal sealed class SubtaskRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG109", "Subtask numbering or checkbox", Severity.Warning,
        "Subtasks are found by N.M under their task N and progress is read from their checkboxes; a wrong number or missing box hides work.",
        "Write each subtask as '- [ ] N.M text' where N is its task's number and M counts from 1.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        // One set of numbers, cleared per task: a set per task is thousands of sets on a large task list.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in graph.Set.Tasks)
        {
            seen.Clear();
            var n = task.Id.Id.Number;
            for (var i = 0; i < task.Subtasks.Count; i++)
            {
                var sub = task.Subtasks[i];
                var problem = sub switch
                {
                    { Checked: null } => ("has no checkbox", $"Start the bullet with '[ ] ' (or '[x] ' when done)."),
                    { Number: null } => ("has no N.M number", $"Number it {n}.{i + 1}."),
                    { Major: var major } when major != n => ($"is numbered {sub.Number} under {Name(graph, task)}", $"Renumber it {n}.{sub.Minor}."),
                    _ when !seen.Add(sub.Number!) => ($"repeats the number {sub.Number}", "Give each subtask of the task its own number."),
                    _ => default((string, string)?),
                };
                if (problem is var (what, fix))
                {
                    yield return graph.At(Rule, task.Id.File, sub.Line, null, $"A subtask of {Name(graph, task)} {what}.", fix);
                }
            }
        }
    }

    /// <summary>Names a task in a message (worded only for a finding).</summary>
    private static string Name(SpecGraph graph, SpecTask task) => task.HasId ? graph.Label(task.Id) : task.Name;
}
