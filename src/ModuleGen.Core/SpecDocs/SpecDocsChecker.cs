using ModuleGen.Core.Audit;
using ModuleGen.Core.Common;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Runs check_docs: loads one set (or every spec folder of the workspace), runs the MG1xx rules and applies
/// modulegen.yaml's rule settings.</summary>
/// <remarks>When nothing at all was understood, the MG124 findings that say so are errors: "no findings" is only said
/// about documents that were read.</remarks>
public sealed class SpecDocsChecker(ModuleGenWorkspace workspace, DocumentSetLoader loader)
{
    private static readonly RuleCatalogue s_catalogue = new(SpecDocsAuditCheck.AllRules);

    /// <summary>Checks one set, or every spec folder when the request names none; refuses a bad name, a missing folder
    /// or unreadable documents. Reports each set checked to <paramref name="progress"/>; the documents are listed only
    /// when the request asks for detail (the stats and each set's counts say how many there are).</summary>
    public Result<CheckDocsResult> Check(CheckDocsRequest request, IProgress<StepProgress>? progress = null, CancellationToken cancellationToken = default) =>
        CheckAll(request, progress, cancellationToken).Map(r => request.Detail ? r : r with { Documents = null });

    private Result<CheckDocsResult> CheckAll(CheckDocsRequest request, IProgress<StepProgress>? progress, CancellationToken cancellationToken)
    {
        if (request.Module is not null)
        {
            progress?.Report(new StepProgress(0, 1, $"checking the documents of {Preview.Of(request.Module)}"));
            var one = loader.Load(request.Module).Map(set => Escalated(Report(set)));
            progress?.Report(new StepProgress(1, 1, $"checked the documents of {Preview.Of(request.Module)}"));
            return one;
        }

        var folders = loader.Locator.LocateAll();
        if (!folders.IsOk)
        {
            return Result<CheckDocsResult>.Fail(folders.Errors);
        }

        if (folders.Value.Count == 0)
        {
            return ToolError.Create(ErrorCodes.DocsFolderMissing, "/module", $"The workspace has no spec folder: {loader.Locator.Searched("*")}.",
                "Pass a module name, or set docs.folder in modulegen.yaml to where the documents live.");
        }

        progress?.Report(new StepProgress(0, folders.Value.Count, $"found {folders.Value.Count} spec folder(s)"));
        var reports = new List<CheckDocsResult>();
        foreach (var docs in folders.Value)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var set = loader.Load(docs);
            if (!set.IsOk)
            {
                return Result<CheckDocsResult>.Fail(set.Errors);
            }

            reports.Add(Report(set.Value));
            progress?.Report(new StepProgress(reports.Count, folders.Value.Count, $"checked {docs.Folder.RelativePath}"));
        }

        return Result<CheckDocsResult>.Ok(Escalated(Combine(reports)));
    }

    /// <summary>Builds the report for a parsed set.</summary>
    public CheckDocsResult Report(DocumentSet set)
    {
        var findings = new RuleSettings(workspace.Config.Audit.Rules).Apply(SpecDocsAuditCheck.Check(set), s_catalogue);
        var phases = set.DesignPhases.Select(p => p.Number)
            .Concat(set.Documents.Where(d => d.Kind is SpecDocumentKind.IntentScenarios or SpecDocumentKind.Tasks or SpecDocumentKind.TaskList).SelectMany(d => d.Phases).Select(p => p.Number))
            .Distinct().Count();
        var tasks = set.Tasks.Concat(set.Changes.SelectMany(c => c.Tasks)).ToArray();
        var stats = new DocumentStats(set.Requirements.Count, set.Scenarios.Count, tasks.Length, tasks.Count(t => t.IsDone), phases);
        var format = set.Documents.Count == 0 ? "none" : set.Format.Name;
        var counts = FindingCounts.Of(findings);
        var read = set.Documents.Select(d => d.File).ToArray();
        return new CheckDocsResult(
            set.Module.Snake,
            set.Prefix,
            set.Folder,
            set.InferredStep,
            set.Documents.Select(d => new DocumentSummary(d.Kind, d.File)).ToArray(),
            set.Format.StandardDocuments.Where(a => !set.Has(a.Kind)).Select(a => a.File).ToArray(),
            stats,
            findings,
            counts)
        {
            Sets = [new CheckDocsSet(set.Module.Snake, set.Folder, format, set.InferredStep, read, set.Ignored, stats, counts)],
        };
    }

    private static CheckDocsResult Combine(IReadOnlyList<CheckDocsResult> reports)
    {
        var findings = reports.SelectMany(r => r.Findings).ToArray();
        var stats = new DocumentStats(reports.Sum(r => r.Stats.Requirements), reports.Sum(r => r.Stats.Scenarios), reports.Sum(r => r.Stats.Tasks), reports.Sum(r => r.Stats.TasksDone), reports.Sum(r => r.Stats.Phases));
        return new CheckDocsResult("*", "", "", 0, reports.SelectMany(r => r.Documents ?? []).ToArray(), [], stats, findings, FindingCounts.Of(findings))
        {
            Sets = reports.SelectMany(r => r.Sets).ToArray(),
        };
    }

    /// <summary>Makes the "not understood" findings errors when nothing at all was read.</summary>
    private static CheckDocsResult Escalated(CheckDocsResult result)
    {
        if (result.Stats.Requirements + result.Stats.Scenarios + result.Stats.Tasks > 0)
        {
            return result;
        }

        var findings = result.Findings.Select(f => f.RuleId == "MG124" && f.Severity == Severity.Warning ? f with { Severity = Severity.Error } : f).ToArray();
        // Each set's counts follow, so that the per-folder lines agree with the findings listed above them.
        var sets = result.Sets.Select(s => s with { Counts = FindingCounts.Of(findings.Where(f => f.File is { } file && (s.Folder.Length == 0 || file == s.Folder || file.StartsWith(s.Folder + "/", StringComparison.Ordinal))).ToArray()) }).ToArray();
        return result with { Findings = findings, Counts = FindingCounts.Of(findings), Sets = sets };
    }
}
