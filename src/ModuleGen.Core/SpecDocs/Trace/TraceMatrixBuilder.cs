using ModuleGen.Core.Common;
using ModuleGen.Core.SpecDocs.Formats;
using ModuleGen.Core.SpecDocs.Formats.Kiro;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Runs trace_matrix: links requirements (criteria, user stories) to the scenarios and tasks citing them,
/// scenarios to the tasks citing them, and — for the pipeline, whose IDs code cites — every ID to the source and test
/// lines that mention it. IDs are printed as the documents write them; a bare number gets its format's noun.</summary>
public sealed class TraceMatrixBuilder(ModuleGenWorkspace workspace, DocumentSetLoader loader)
{
    /// <summary>Builds the matrix; refuses a bad module name, format or a missing docs folder. Reports each source file
    /// read to <paramref name="progress"/>; a cancelled call stops at the next file.</summary>
    public Result<TraceMatrixResult> Build(TraceMatrixRequest request, IProgress<StepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var output = string.IsNullOrEmpty(request.Format) ? TraceMatrixRequest.Json : request.Format;
        if (output is not (TraceMatrixRequest.Json or TraceMatrixRequest.Markdown or TraceMatrixRequest.Mermaid))
        {
            return ToolError.Create(ErrorCodes.ArgumentInvalid, "/format", $"Unknown format '{Preview.Of(output)}'.",
                "Use json (the default), markdown or mermaid.").WithFound(output);
        }

        return loader.Locate(request.Module).Then(docs => loader.Load(docs).Map(set =>
            set.Format == SpecFormat.ModulePipeline
                ? Build(set, SourceScanner.Scan(docs.CodeFolder, docs.Folder.RelativePath, set.Prefix, workspace.Config.Scan, progress, cancellationToken), docs.CodeFolder?.RelativePath, output)
                : Build(set, new SourceScan([], 0, false), null, output)));
    }

    private static TraceMatrixResult Build(DocumentSet set, SourceScan scan, string? codeFolder, string output)
    {
        var spelling = new IdSpelling(set);
        var format = set.Format;
        string Show(IdOccurrence at) => at.Text.All(c => char.IsAsciiDigit(c) || c == '.') ? format.Label(at.Id.Kind, at.Text) : at.Text;
        string Name(SpecId id) => spelling.Name(id) is var text && text.All(c => char.IsAsciiDigit(c) || c == '.') ? format.Label(id.Kind, text) : text;
        var code = scan.References.ToLookup(r => r.Id);
        IReadOnlyList<CodeLocation> Lines(SpecId id, bool tests) =>
            code[id].Where(r => r.IsTest == tests).Select(r => new CodeLocation(r.File, r.Line)).Distinct().ToArray();
        IReadOnlyList<string> Cited(IEnumerable<IdOccurrence> refs, Func<SpecId, bool> wanted) =>
            refs.Select(r => r.Id).Where(wanted).Distinct().OrderBy(i => i.Kind).ThenBy(i => i.Number).ThenBy(i => i.Minor).Select(Name).ToArray();
        static bool IsRequirement(SpecId id) => id.Kind is IdKind.Requirement or IdKind.Story or IdKind.Criterion or IdKind.SuccessCriterion && id != KiroCitations.All;

        // Tasks in document order: a task without an ID is listed by its heading, so two of them never merge.
        IReadOnlyList<string> TasksCiting(SpecId id) =>
            set.Tasks.Where(t => t.References.Any(r => r.Id == id || r.Id == KiroCitations.All || (id.Parent is { } p && r.Id == p)))
                .Select(t => Show(t.Id)).Distinct(StringComparer.Ordinal).ToArray();

        var scenariosByRequirement = set.Scenarios
            .SelectMany(s => s.References.Select(r => r.Id).Where(IsRequirement).Concat(s.Parent is { } p ? [p] : []).Select(r => (Requirement: r, Scenario: s)))
            .ToLookup(x => x.Requirement, x => x.Scenario);
        var requirements = set.Requirements.Select(r =>
        {
            var scenarios = scenariosByRequirement[r.Id.Id].Distinct().Select(s => Show(s.Id)).Distinct(StringComparer.Ordinal).ToArray();
            var tasks = TasksCiting(r.Id.Id);
            return new TraceRequirement(Show(r.Id), r.Title, r.Id.File, r.Id.Line, scenarios, Lines(r.Id.Id, false), Lines(r.Id.Id, true), scenarios.Length > 0 || tasks.Count > 0)
            {
                Tasks = tasks,
            };
        }).ToArray();
        var scenarios = set.Scenarios.Select(s =>
        {
            var tasks = TasksCiting(s.Id.Id);
            var cited = Cited(s.References, IsRequirement).Concat(s.Parent is { } p ? [Name(p)] : []).Distinct(StringComparer.Ordinal).ToArray();
            return new TraceScenario(Show(s.Id), s.Title, s.Section?.Number, s.Id.File, s.Id.Line, cited, tasks, Lines(s.Id.Id, false), Lines(s.Id.Id, true), tasks.Count > 0);
        }).ToArray();
        var tasks = set.Tasks.Select(t => new TraceTask(Show(t.Id), t.Title, t.Section?.Number, t.IsDone, t.Id.File, t.Id.Line,
            Cited(t.References, id => id.Kind == IdKind.Scenario), Cited(t.References, IsRequirement),
            t.HasId ? Lines(t.Id.Id, false) : [], t.HasId ? Lines(t.Id.Id, true) : [])).ToArray();
        var uncovered = new TraceUncovered(
            requirements.Where(r => r.Scenarios.Count == 0 && (format.NeedScenario.Count == 0 || format.NeedScenario.Contains(KindOf(set, r)))).Select(r => r.Id).ToArray(),
            set.Has(format.TaskDocument) ? scenarios.Where(s => !s.Covered).Select(s => s.Id).ToArray() : [],
            scenarios.Where(s => s.Tests.Count == 0).Select(s => s.Id).ToArray());
        var json = output == TraceMatrixRequest.Json;
        return new TraceMatrixResult(set.Module.Snake, set.Prefix, set.Folder, codeFolder, scan.FilesScanned, scan.StoppedEarly,
            output, new TraceTotals(requirements.Length, scenarios.Length, tasks.Length),
            json ? requirements : [], json ? scenarios : [], json ? tasks : [], uncovered,
            output == TraceMatrixRequest.Markdown ? TraceMarkdownWriter.Write(requirements, scenarios, tasks) : null,
            output == TraceMatrixRequest.Mermaid ? TraceMermaidWriter.Write(requirements, scenarios, tasks, uncovered) : null)
        {
            DocsFormat = format.Name,
        };
    }

    private static IdKind KindOf(DocumentSet set, TraceRequirement row) =>
        set.Requirements.First(r => r.Id.File == row.File && r.Id.Line == row.Line).Id.Id.Kind;
}
