using ModuleGen.Core.Audit;
using ModuleGen.Core.Context;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Rules;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Runs the MG1xx spec-document rules for the audit: over a module's documents, and — for the whole workspace —
/// over the spec folders in their conventional places (<c>specs/*/</c>, <c>.kiro/specs/*/</c>, <c>openspec/</c>) and
/// docs.folder's glob, with no configuration.</summary>
public sealed class SpecDocsAuditCheck(ModuleGenWorkspace workspace, DocumentSetLoader loader) : IAuditCheck
{
    private static readonly IReadOnlyList<ISpecRule> s_rules =
    [
        new MalformedIdRule(), new DuplicateIdRule(), new ReferenceKindRule(), new DanglingReferenceRule(),
        new RequirementCoverageRule(), new ScenarioCoverageRule(), new ScenarioPhaseRule(), new NormativeKeywordRule(),
        new SubtaskRule(), new ChangelogFormatRule(), new ChangelogUnfinishedRule(), new DesignEarlyIdsRule(),
        new DesignCrossReferenceRule(), new IdGapRule(), new ScenarioStepsRule(), new GlobalFileMissingRule(), new TaskWithoutIdRule(),
        new PlaceholderRule(), new TaskCoverageRule(), new DeltaRequirementRule(), new ArchivedOpenTasksRule(), new BrokenLinkRule(),
        new DoneTaskWithoutScenarioRule(), new NothingUnderstoodRule(),
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

        return Modules().SelectMany(m => Run(m)).Concat(RunWorkspace()).ToArray();
    }

    /// <inheritdoc/>
    /// <remarks>The spec folders that belong to no module: a module's own documents are audited with the module.</remarks>
    public IReadOnlyList<Finding> RunWorkspace()
    {
        var folders = loader.Locator.LocateAll();
        if (!folders.IsOk)
        {
            return [];
        }

        var owned = Modules().Select(m => loader.Locate(m)).Where(d => d.IsOk).Select(d => d.Value.Folder.RelativePath).ToHashSet(StringComparer.Ordinal);
        return folders.Value.Where(f => !owned.Contains(f.Folder.RelativePath)).Select(loader.Load).Where(s => s.IsOk).SelectMany(s => Check(s.Value)).ToArray();
    }

    private IEnumerable<string> Modules()
    {
        var modules = ModuleLocator.Find(workspace);
        return modules.IsOk ? modules.Value.Select(m => m.Name).Distinct(StringComparer.Ordinal) : [];
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
