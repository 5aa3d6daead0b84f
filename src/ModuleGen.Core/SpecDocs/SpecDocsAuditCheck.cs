using ModuleGen.Core.Audit;
using ModuleGen.Core.Context;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Rules;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Runs the MG1xx spec-document rules over a module (or every module with a docs folder) for the audit.</summary>
public sealed class SpecDocsAuditCheck(ModuleGenWorkspace workspace, DocumentSetLoader loader) : IAuditCheck
{
    private static readonly IReadOnlyList<ISpecRule> s_rules =
    [
        new MalformedIdRule(), new DuplicateIdRule(), new ReferenceKindRule(), new DanglingReferenceRule(),
        new RequirementCoverageRule(), new ScenarioCoverageRule(), new ScenarioPhaseRule(), new NormativeKeywordRule(),
        new SubtaskRule(), new ChangelogFormatRule(), new ChangelogUnfinishedRule(), new DesignEarlyIdsRule(),
        new DesignCrossReferenceRule(), new IdGapRule(), new ScenarioStepsRule(), new GlobalFileMissingRule(), new TaskWithoutIdRule(),
        new PlaceholderRule(),
    ];

    /// <summary>Gets the MG1xx rules, in id order.</summary>
    public static IReadOnlyList<AuditRule> AllRules { get; } = s_rules.Select(r => r.Rule).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

    /// <inheritdoc/>
    public IReadOnlyList<AuditRule> Rules => AllRules;

    /// <inheritdoc/>
    /// <remarks>A module whose documents cannot be located or read contributes no findings here; check_docs reports why.</remarks>
    public IReadOnlyList<Finding> Run(string? module)
    {
        if (module is not null)
        {
            var set = loader.Load(module);
            return set.IsOk ? Check(set.Value) : [];
        }

        var modules = ModuleLocator.Find(workspace);
        return !modules.IsOk
            ? []
            : modules.Value.Select(m => m.Name).Distinct(StringComparer.Ordinal).SelectMany(Run).ToArray();
    }

    /// <summary>Runs every rule over a parsed set; findings at default severity, ordered by file, line, column and rule.</summary>
    public static IReadOnlyList<Finding> Check(DocumentSet set)
    {
        var graph = new SpecGraph(set);
        return s_rules.SelectMany(r => r.Check(graph))
            .OrderBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column ?? 0)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToArray();
    }
}
