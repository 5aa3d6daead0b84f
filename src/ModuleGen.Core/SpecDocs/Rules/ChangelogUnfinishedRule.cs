using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG111: a CHANGELOG entry cites a scenario whose tasks are not all checked off.</summary>
internal sealed class ChangelogUnfinishedRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG111", "CHANGELOG cites an unfinished scenario", Severity.Error,
        "The CHANGELOG tells users what shipped; citing a scenario whose tasks are open announces work that is not done.",
        "Finish and check off the scenario's tasks first, or move the entry to [Unreleased] once the work is done.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        if (graph.Set.Changelog is not { } changelog)
        {
            yield break;
        }

        var entries = changelog.Versions.SelectMany(v => v.Sections.SelectMany(s => s.Entries).Concat(v.LooseEntries)).ToArray();
        var openTasks = OpenTaskByScenario(graph, Cited(entries));
        foreach (var entry in entries)
        {
            foreach (var reference in entry.References)
            {
                if (reference.Id.Kind == IdKind.Scenario && openTasks.TryGetValue(reference.Id.Number, out var open))
                {
                    var unchecked_ = string.Join(", ", open.Subtasks.Where(s => s.Checked != true).Select(s => s.Number ?? $"line {s.Line}"));
                    yield return graph.At(Rule, reference,
                        $"The CHANGELOG cites {reference.Text}, but {open.Name} is not done ({(unchecked_.Length == 0 ? "it has no subtasks" : "unchecked: " + unchecked_)}).",
                        $"Check off the subtasks of {open.Name} when the work is done, or remove {reference.Text} from this entry.");
                }
            }
        }
    }

    private static HashSet<int> Cited(IEnumerable<ChangelogEntry> entries)
    {
        var scenarios = new HashSet<int>();
        foreach (var entry in entries)
        {
            foreach (var reference in entry.References)
            {
                if (reference.Id.Kind == IdKind.Scenario)
                {
                    scenarios.Add(reference.Id.Number);
                }
            }
        }

        return scenarios;
    }

    /// <summary>Returns, per scenario the CHANGELOG cites, the first task (in document order) that cites it and is not
    /// done; a scenario whose tasks are all done has no entry. Only the cited scenarios are looked up: most of a large
    /// module's tasks are open while it is being built, and most of its scenarios are not in the CHANGELOG yet.</summary>
    private static Dictionary<int, SpecTask> OpenTaskByScenario(SpecGraph graph, HashSet<int> cited)
    {
        var open = new Dictionary<int, SpecTask>();
        foreach (var task in graph.Set.Tasks)
        {
            if (task.IsDone)
            {
                continue;
            }

            foreach (var reference in task.References)
            {
                if (reference.Id.Kind == IdKind.Scenario && cited.Contains(reference.Id.Number))
                {
                    open.TryAdd(reference.Id.Number, task);
                }
            }
        }

        return open;
    }
}
