using ModuleGen.Core.Audit;
using ModuleGen.Core.Common;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Runs check_docs: loads a module's documents, runs the MG1xx rules and applies modulegen.yaml's rule settings.</summary>
public sealed class SpecDocsChecker(ModuleGenWorkspace workspace, DocumentSetLoader loader)
{
    private static readonly RuleCatalogue s_catalogue = new(SpecDocsAuditCheck.AllRules);

    /// <summary>Checks one module; refuses a bad module name, a missing docs folder or unreadable documents.</summary>
    public Result<CheckDocsResult> Check(CheckDocsRequest request) =>
        loader.Load(request.Module).Map(set => request.Detail ? Report(set) : Report(set) with { Documents = null });

    /// <summary>Builds the report for a parsed set.</summary>
    public CheckDocsResult Report(DocumentSet set)
    {
        var findings = new RuleSettings(workspace.Config.Audit.Rules).Apply(SpecDocsAuditCheck.Check(set), s_catalogue);
        var phases = set.DesignPhases.Select(p => p.Number)
            .Concat(set.Documents.Where(d => d.Kind is SpecDocumentKind.IntentScenarios or SpecDocumentKind.Tasks).SelectMany(d => d.Phases).Select(p => p.Number))
            .Distinct().Count();
        return new CheckDocsResult(
            set.Module.Snake,
            set.Prefix,
            set.Folder,
            set.InferredStep,
            set.Documents.Select(d => new DocumentSummary(d.Kind, d.File)).ToArray(),
            SpecDocumentNames.All.Where(a => !set.Has(a.Kind)).Select(a => a.Stem + ".md").ToArray(),
            new DocumentStats(set.Requirements.Count, set.Scenarios.Count, set.Tasks.Count, set.Tasks.Count(t => t.IsDone), phases),
            findings,
            FindingCounts.Of(findings));
    }
}
