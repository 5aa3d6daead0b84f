using ModuleGen.Core.Common;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Runs trace_matrix: links requirements to the scenarios and tasks citing them, scenarios to the tasks citing
/// them, and every ID to the source and test lines that mention it. IDs are printed as the documents write them.</summary>
public sealed class TraceMatrixBuilder(ModuleGenWorkspace workspace, DocumentSetLoader loader)
{
    /// <summary>Builds the matrix; refuses a bad module name, format or a missing docs folder. Reports each source file
    /// read to <paramref name="progress"/>; a cancelled call stops at the next file.</summary>
    public Result<TraceMatrixResult> Build(TraceMatrixRequest request, IProgress<StepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var format = string.IsNullOrEmpty(request.Format) ? TraceMatrixRequest.Json : request.Format;
        if (format is not (TraceMatrixRequest.Json or TraceMatrixRequest.Markdown or TraceMatrixRequest.Mermaid))
        {
            return ToolError.Create(ErrorCodes.ArgumentInvalid, "/format", $"Unknown format '{Preview.Of(format)}'.",
                "Use json (the default), markdown or mermaid.").WithFound(format);
        }

        return loader.Locate(request.Module).Then(docs => loader.Load(docs).Map(set =>
            Build(set, SourceScanner.Scan(docs.CodeFolder, docs.Folder.RelativePath, set.Prefix, workspace.Config.Scan, progress, cancellationToken), docs.CodeFolder?.RelativePath, format)));
    }

    private static TraceMatrixResult Build(DocumentSet set, SourceScan scan, string? codeFolder, string format)
    {
        var spelling = new IdSpelling(set);
        string Name(IdKind kind, int number) => spelling.Name(new SpecId(kind, number));
        var code = scan.References.ToLookup(r => r.Id);
        IReadOnlyList<CodeLocation> Lines(SpecId id, bool tests) =>
            code[id].Where(r => r.IsTest == tests).Select(r => new CodeLocation(r.File, r.Line)).Distinct().ToArray();
        IReadOnlyList<string> Cited(IEnumerable<IdOccurrence> refs, IdKind kind) =>
            refs.Where(r => r.Id.Kind == kind).Select(r => r.Id.Number).Distinct().Order().Select(n => Name(kind, n)).ToArray();

        var scenariosByRequirement = set.Scenarios
            .SelectMany(s => s.References.Where(r => r.Id.Kind == IdKind.Requirement).Select(r => (r.Id.Number, Scenario: s.Id.Id.Number)))
            .ToLookup(x => x.Number, x => x.Scenario);

        // Tasks in document order: a task without an ID is listed by its heading, so two of them never merge.
        IReadOnlyList<string> TasksCiting(IdKind kind, int number) =>
            set.Tasks.Where(t => t.References.Any(r => r.Id.Kind == kind && r.Id.Number == number)).Select(t => t.Id.Text).Distinct(StringComparer.Ordinal).ToArray();

        var requirements = set.Requirements.Select(r =>
        {
            var scenarios = scenariosByRequirement[r.Id.Id.Number].Distinct().Order().Select(n => Name(IdKind.Scenario, n)).ToArray();
            var tasks = TasksCiting(IdKind.Requirement, r.Id.Id.Number);
            return new TraceRequirement(r.Id.Text, r.Title, r.Id.File, r.Id.Line, scenarios, Lines(r.Id.Id, false), Lines(r.Id.Id, true), scenarios.Length > 0 || tasks.Count > 0)
            {
                Tasks = tasks,
            };
        }).ToArray();
        var scenarios = set.Scenarios.Select(s =>
        {
            var tasks = TasksCiting(IdKind.Scenario, s.Id.Id.Number);
            return new TraceScenario(s.Id.Text, s.Title, s.Section?.Number, s.Id.File, s.Id.Line,
                Cited(s.References, IdKind.Requirement), tasks, Lines(s.Id.Id, false), Lines(s.Id.Id, true), tasks.Count > 0);
        }).ToArray();
        var tasks = set.Tasks.Select(t => new TraceTask(t.Id.Text, t.Title, t.Section?.Number, t.IsDone, t.Id.File, t.Id.Line,
            Cited(t.References, IdKind.Scenario), Cited(t.References, IdKind.Requirement),
            t.HasId ? Lines(t.Id.Id, false) : [], t.HasId ? Lines(t.Id.Id, true) : [])).ToArray();
        var uncovered = new TraceUncovered(
            requirements.Where(r => r.Scenarios.Count == 0).Select(r => r.Id).ToArray(),
            set.Has(SpecDocumentKind.Tasks) ? scenarios.Where(s => !s.Covered).Select(s => s.Id).ToArray() : [],
            scenarios.Where(s => s.Tests.Count == 0).Select(s => s.Id).ToArray());
        var json = format == TraceMatrixRequest.Json;
        return new TraceMatrixResult(set.Module.Snake, set.Prefix, set.Folder, codeFolder, scan.FilesScanned, scan.StoppedEarly,
            format, new TraceTotals(requirements.Length, scenarios.Length, tasks.Length),
            json ? requirements : [], json ? scenarios : [], json ? tasks : [], uncovered,
            format == TraceMatrixRequest.Markdown ? TraceMarkdownWriter.Write(requirements, scenarios, tasks) : null,
            format == TraceMatrixRequest.Mermaid ? TraceMermaidWriter.Write(requirements, scenarios, tasks, uncovered) : null);
    }
}
