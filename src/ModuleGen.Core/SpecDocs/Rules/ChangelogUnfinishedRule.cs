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

        var entries = changelog.Versions.SelectMany(v => v.Sections.SelectMany(s => s.Entries).Concat(v.LooseEntries));
        foreach (var (entry, reference) in entries.SelectMany(e => e.References.Where(r => r.Id.Kind == IdKind.Scenario).Select(r => (e, r))))
        {
            if (graph.TasksByScenario.TryGetValue(reference.Id.Number, out var tasks) && tasks.FirstOrDefault(t => !t.IsDone) is { } open)
            {
                var unchecked_ = string.Join(", ", open.Subtasks.Where(s => s.Checked != true).Select(s => s.Number ?? $"line {s.Line}"));
                yield return graph.At(Rule, reference,
                    $"The CHANGELOG cites {reference.Text}, but {open.Name} is not done ({(unchecked_.Length == 0 ? "it has no subtasks" : "unchecked: " + unchecked_)}).",
                    $"Check off the subtasks of {open.Name} when the work is done, or remove {reference.Text} from this entry.");
            }
        }
    }
}
