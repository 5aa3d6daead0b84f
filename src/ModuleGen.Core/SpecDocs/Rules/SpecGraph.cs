using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Formats;
using ModuleGen.Core.SpecDocs.Formats.Kiro;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>Indexes a document set once for all rules: what each kind defines, who cites whom, and the format's words.</summary>
/// <remarks>Each index is built on first use, in one pass over the set: most serve one format's rules (the defined
/// numbers the pipeline's, <see cref="Defined"/> the other formats'), and a set of 5,000 requirements holds tens of
/// thousands of citations, so an index no rule asks for is work and memory spent for nothing.</remarks>
internal sealed class SpecGraph(DocumentSet set)
{
    private HashSet<int>? _requirements;
    private HashSet<int>? _scenarios;
    private HashSet<int>? _tasks;
    private HashSet<int>? _phases;
    private HashSet<int>? _actualRequirements;
    private HashSet<int>? _actualScenarios;
    private HashSet<SpecId>? _defined;
    private HashSet<SpecId>? _citedByTasks;
    private HashSet<SpecId>? _citedByScenarios;
    private HashSet<int>? _scenariosCitedByTasks;

    public DocumentSet Set { get; } = set;

    /// <summary>Gets the format the set was read as.</summary>
    public SpecFormat Format => Set.Format;

    /// <summary>Gets the numbers of the requirements defined (of kind requirement: not criteria, stories or success criteria).</summary>
    public HashSet<int> Requirements => _requirements ??= Numbers(Set.Requirements.Where(r => r.Id.Id.Kind == IdKind.Requirement).Select(r => r.Id), Set.Requirements.Count);

    public HashSet<int> Scenarios => _scenarios ??= Numbers(Set.Scenarios.Select(s => s.Id), Set.Scenarios.Count);

    /// <summary>Gets the numbers of tasks with a TASK-{M}-N heading (numbered headings without an ID define none).</summary>
    public HashSet<int> Tasks => _tasks ??= Numbers(Set.Tasks.Where(t => t.HasId).Select(t => t.Id), Set.Tasks.Count);

    public HashSet<int> Phases => _phases ??= Set.DesignPhases.Select(p => p.Number).ToHashSet();

    public HashSet<int> ActualRequirements => _actualRequirements ??= Numbers(Set.ActualRequirements.Select(r => r.Id), Set.ActualRequirements.Count);

    public HashSet<int> ActualScenarios => _actualScenarios ??= Numbers(Set.ActualScenarios.Select(s => s.Id), Set.ActualScenarios.Count);

    /// <summary>Gets every ID the set defines: requirements (criteria, stories, success criteria), scenarios, tasks.</summary>
    public HashSet<SpecId> Defined => _defined ??= BuildDefined();

    /// <summary>Gets every ID some task cites.</summary>
    public HashSet<SpecId> CitedByTasks => _citedByTasks ??= BuildCitedByTasks();

    /// <summary>Gets every ID some scenario cites or sits under.</summary>
    public HashSet<SpecId> CitedByScenarios => _citedByScenarios ??= BuildCitedByScenarios();

    /// <summary>Gets the numbers of the scenarios some task cites (in the heading or a subtask).</summary>
    public HashSet<int> ScenariosCitedByTasks => _scenariosCitedByTasks ??= BuildScenariosCitedByTasks();

    /// <summary>Gets how the documents spell IDs.</summary>
    public IdSpelling Spelling { get; } = new(set);

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

    /// <summary>Collects the numbers of some definitions, sized for <paramref name="count"/> so the set is not regrown.</summary>
    private static HashSet<int> Numbers(IEnumerable<IdOccurrence> definitions, int count)
    {
        var numbers = new HashSet<int>(count);
        foreach (var definition in definitions)
        {
            numbers.Add(definition.Id.Number);
        }

        return numbers;
    }

    private HashSet<SpecId> BuildDefined()
    {
        var defined = new HashSet<SpecId>(Set.Requirements.Count + Set.Scenarios.Count + Set.Tasks.Count);
        foreach (var requirement in Set.Requirements)
        {
            defined.Add(requirement.Id.Id);
        }

        foreach (var scenario in Set.Scenarios)
        {
            defined.Add(scenario.Id.Id);
        }

        foreach (var task in Set.Tasks)
        {
            if (task.HasId)
            {
                defined.Add(task.Id.Id);
            }
        }

        return defined;
    }

    private HashSet<SpecId> BuildCitedByTasks()
    {
        var cited = new HashSet<SpecId>();
        foreach (var task in Set.Tasks)
        {
            foreach (var reference in task.References)
            {
                cited.Add(reference.Id);
            }
        }

        return cited;
    }

    private HashSet<SpecId> BuildCitedByScenarios()
    {
        var cited = new HashSet<SpecId>();
        foreach (var scenario in Set.Scenarios)
        {
            // Indexed: through IReadOnlyList an enumerator is an object, and this is one per scenario.
            for (var i = 0; i < scenario.References.Count; i++)
            {
                cited.Add(scenario.References[i].Id);
            }

            if (scenario.Parent is { } parent)
            {
                cited.Add(parent);
            }
        }

        return cited;
    }

    private HashSet<int> BuildScenariosCitedByTasks()
    {
        // Sized for a task list that cites every scenario, as a complete one does.
        var cited = new HashSet<int>(Set.Scenarios.Count);
        foreach (var task in Set.Tasks)
        {
            foreach (var reference in task.References)
            {
                if (reference.Id.Kind == IdKind.Scenario)
                {
                    cited.Add(reference.Id.Number);
                }
            }
        }

        return cited;
    }
}
