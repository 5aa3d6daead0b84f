using ModuleGen.Core.Common;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Runs trace_matrix: links requirements to the scenarios citing them, scenarios to the tasks citing them,
/// and every ID to the source and test lines that mention it.</summary>
public sealed class TraceMatrixBuilder(ModuleGenWorkspace workspace, DocumentSetLoader loader)
{
    /// <summary>Builds the matrix; refuses a bad module name or a missing docs folder.</summary>
    public Result<TraceMatrixResult> Build(TraceMatrixRequest request) =>
        loader.Locate(request.Module).Then(docs => loader.Load(docs).Map(set =>
            Build(set, SourceScanner.Scan(docs.CodeFolder, docs.Folder.RelativePath, set.Prefix, workspace.Config.Scan), docs.CodeFolder?.RelativePath)));

    private static TraceMatrixResult Build(DocumentSet set, SourceScan scan, string? codeFolder)
    {
        string Name(IdKind kind, int number) => new SpecId(kind, number).Format(set.Prefix, 2);
        var code = scan.References.ToLookup(r => r.Id);
        IReadOnlyList<CodeLocation> Lines(SpecId id, bool tests) =>
            code[id].Where(r => r.IsTest == tests).Select(r => new CodeLocation(r.File, r.Line)).Distinct().ToArray();
        IReadOnlyList<string> Cited(IEnumerable<IdOccurrence> refs, IdKind kind) =>
            refs.Where(r => r.Id.Kind == kind).Select(r => r.Id.Number).Distinct().Order().Select(n => Name(kind, n)).ToArray();

        var scenariosByRequirement = set.Scenarios
            .SelectMany(s => s.References.Where(r => r.Id.Kind == IdKind.Requirement).Select(r => (r.Id.Number, Scenario: s.Id.Id.Number)))
            .ToLookup(x => x.Number, x => x.Scenario);
        var tasksByScenario = set.Tasks
            .SelectMany(t => t.References.Where(r => r.Id.Kind == IdKind.Scenario).Select(r => (r.Id.Number, Task: t.Id.Id.Number)))
            .ToLookup(x => x.Number, x => x.Task);

        var requirements = set.Requirements.Select(r =>
        {
            var scenarios = scenariosByRequirement[r.Id.Id.Number].Distinct().Order().Select(n => Name(IdKind.Scenario, n)).ToArray();
            return new TraceRequirement(Name(IdKind.Requirement, r.Id.Id.Number), r.Title, r.Id.File, r.Id.Line, scenarios, Lines(r.Id.Id, false), Lines(r.Id.Id, true), scenarios.Length > 0);
        }).ToArray();
        var scenarios = set.Scenarios.Select(s =>
        {
            var tasks = tasksByScenario[s.Id.Id.Number].Distinct().Order().Select(n => Name(IdKind.Task, n)).ToArray();
            return new TraceScenario(Name(IdKind.Scenario, s.Id.Id.Number), s.Title, s.Section?.Number, s.Id.File, s.Id.Line,
                Cited(s.References, IdKind.Requirement), tasks, Lines(s.Id.Id, false), Lines(s.Id.Id, true), tasks.Length > 0);
        }).ToArray();
        var tasks = set.Tasks.Select(t => new TraceTask(Name(IdKind.Task, t.Id.Id.Number), t.Title, t.Section?.Number, t.IsDone, t.Id.File, t.Id.Line,
            Cited(t.References, IdKind.Scenario), Cited(t.References, IdKind.Requirement), Lines(t.Id.Id, false), Lines(t.Id.Id, true))).ToArray();
        var uncovered = new TraceUncovered(
            requirements.Where(r => !r.Covered).Select(r => r.Id).ToArray(),
            set.Has(SpecDocumentKind.Tasks) ? scenarios.Where(s => !s.Covered).Select(s => s.Id).ToArray() : [],
            scenarios.Where(s => s.Tests.Count == 0).Select(s => s.Id).ToArray());
        return new TraceMatrixResult(set.Module.Snake, set.Prefix, set.Folder, codeFolder, scan.FilesScanned, scan.StoppedEarly,
            requirements, scenarios, tasks, uncovered,
            TraceMarkdownWriter.Write(requirements, scenarios, tasks), TraceMermaidWriter.Write(requirements, scenarios, tasks, uncovered));
    }
}
