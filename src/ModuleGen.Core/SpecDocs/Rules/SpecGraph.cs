using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Formats;
using ModuleGen.Core.SpecDocs.Formats.Kiro;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>Indexes a document set once for all rules: what each kind defines, who cites whom, and the format's words.</summary>
internal sealed class SpecGraph
{
    public SpecGraph(DocumentSet set)
    {
        Set = set;
        Requirements = set.Requirements.Where(r => r.Id.Id.Kind == IdKind.Requirement).Select(r => r.Id.Id.Number).ToHashSet();
        Scenarios = set.Scenarios.Select(s => s.Id.Id.Number).ToHashSet();
        Tasks = set.Tasks.Where(t => t.HasId).Select(t => t.Id.Id.Number).ToHashSet();
        Phases = set.DesignPhases.Select(p => p.Number).ToHashSet();
        ActualRequirements = set.ActualRequirements.Select(r => r.Id.Id.Number).ToHashSet();
        ActualScenarios = set.ActualScenarios.Select(s => s.Id.Id.Number).ToHashSet();
        TasksByScenario = set.Tasks
            .SelectMany(t => t.References.Where(r => r.Id.Kind == IdKind.Scenario).Select(r => (r.Id.Number, Task: t)))
            .GroupBy(x => x.Number)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SpecTask>)g.Select(x => x.Task).Distinct().ToArray());
        Defined = set.Requirements.Select(r => r.Id.Id).Concat(set.Scenarios.Select(s => s.Id.Id)).Concat(set.Tasks.Where(t => t.HasId).Select(t => t.Id.Id)).ToHashSet();
        CitedByTasks = set.Tasks.SelectMany(t => t.References).Select(r => r.Id).ToHashSet();
        CitedByScenarios = set.Scenarios.SelectMany(s => s.References.Select(r => r.Id).Concat(s.Parent is { } p ? [p] : [])).ToHashSet();
        Spelling = new IdSpelling(set);
    }

    public DocumentSet Set { get; }

    /// <summary>Gets the format the set was read as.</summary>
    public SpecFormat Format => Set.Format;

    public HashSet<int> Requirements { get; }

    public HashSet<int> Scenarios { get; }

    /// <summary>Gets the numbers of tasks with a TASK-{M}-N heading (numbered headings without an ID define none).</summary>
    public HashSet<int> Tasks { get; }

    public HashSet<int> Phases { get; }

    public HashSet<int> ActualRequirements { get; }

    public HashSet<int> ActualScenarios { get; }

    /// <summary>Gets every ID the set defines: requirements (criteria, stories, success criteria), scenarios, tasks.</summary>
    public HashSet<SpecId> Defined { get; }

    /// <summary>Gets every ID some task cites.</summary>
    public HashSet<SpecId> CitedByTasks { get; }

    /// <summary>Gets every ID some scenario cites or sits under.</summary>
    public HashSet<SpecId> CitedByScenarios { get; }

    /// <summary>Gets, per scenario number, the tasks that cite it (in the heading or a subtask).</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<SpecTask>> TasksByScenario { get; }

    /// <summary>Gets how the documents spell IDs.</summary>
    public IdSpelling Spelling { get; }

    /// <summary>Names an ID of this module as the documents write it, for messages.</summary>
    public string Name(IdKind kind, int number) => Spelling.Name(new SpecId(kind, number));

    /// <summary>Names an occurrence in the format's words (<c>acceptance criterion 1.2</c>, <c>FR-003</c>).</summary>
    public string Label(IdOccurrence at) => Format.Label(at.Id.Kind, at.Text);

    /// <summary>Tells whether a task covers an element: cites it, cites the requirement it sits under as a whole, or
    /// cites everything (Kiro <c>_Requirements: All_</c>).</summary>
    public bool CoveredByTask(SpecId id) =>
        CitedByTasks.Contains(id) || CitedByTasks.Contains(KiroCitations.All) || (id.Parent is { } parent && CitedByTasks.Contains(parent));

    /// <summary>Creates a finding of <paramref name="rule"/> at a place in a file of this module.</summary>
    public Finding At(AuditRule rule, string file, int line, int? column, string message, string recommendation) =>
        new(rule.Id, rule.DefaultSeverity, message, recommendation) { Module = Set.Module.Snake, File = file, Line = line, Column = column };

    /// <summary>Creates a finding at an ID occurrence.</summary>
    public Finding At(AuditRule rule, IdOccurrence where, string message, string recommendation) =>
        At(rule, where.File, where.Line, where.Column, message, recommendation);
}
