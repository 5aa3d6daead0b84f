using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>Indexes a document set once for all rules: what each kind defines, and who cites whom.</summary>
internal sealed class SpecGraph
{
    public SpecGraph(DocumentSet set)
    {
        Set = set;
        Requirements = set.Requirements.Select(r => r.Id.Id.Number).ToHashSet();
        Scenarios = set.Scenarios.Select(s => s.Id.Id.Number).ToHashSet();
        Tasks = set.Tasks.Where(t => t.HasId).Select(t => t.Id.Id.Number).ToHashSet();
        Phases = set.DesignPhases.Select(p => p.Number).ToHashSet();
        ActualRequirements = set.ActualRequirements.Select(r => r.Id.Id.Number).ToHashSet();
        ActualScenarios = set.ActualScenarios.Select(s => s.Id.Id.Number).ToHashSet();
        TasksByScenario = set.Tasks
            .SelectMany(t => t.References.Where(r => r.Id.Kind == IdKind.Scenario).Select(r => (r.Id.Number, Task: t)))
            .GroupBy(x => x.Number)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SpecTask>)g.Select(x => x.Task).Distinct().ToArray());
        Spelling = new IdSpelling(set);
    }

    public DocumentSet Set { get; }

    public HashSet<int> Requirements { get; }

    public HashSet<int> Scenarios { get; }

    /// <summary>Gets the numbers of tasks with a TASK-{M}-N heading (numbered headings without an ID define none).</summary>
    public HashSet<int> Tasks { get; }

    public HashSet<int> Phases { get; }

    public HashSet<int> ActualRequirements { get; }

    public HashSet<int> ActualScenarios { get; }

    /// <summary>Gets, per scenario number, the tasks that cite it (in the heading or a subtask).</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<SpecTask>> TasksByScenario { get; }

    /// <summary>Gets how the documents spell IDs.</summary>
    public IdSpelling Spelling { get; }

    /// <summary>Names an ID of this module as the documents write it, for messages.</summary>
    public string Name(IdKind kind, int number) => Spelling.Name(new SpecId(kind, number));

    /// <summary>Creates a finding of <paramref name="rule"/> at a place in a file of this module.</summary>
    public Finding At(AuditRule rule, string file, int line, int? column, string message, string recommendation) =>
        new(rule.Id, rule.DefaultSeverity, message, recommendation) { Module = Set.Module.Snake, File = file, Line = line, Column = column };

    /// <summary>Creates a finding at an ID occurrence.</summary>
    public Finding At(AuditRule rule, IdOccurrence where, string message, string recommendation) =>
        At(rule, where.File, where.Line, where.Column, message, recommendation);
}
