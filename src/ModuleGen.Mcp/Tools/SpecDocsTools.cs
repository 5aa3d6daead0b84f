using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Common;
using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.SpecDocs.Gates;
using ModuleGen.Core.SpecDocs.Trace;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes spec documents (the intent-driven module pipeline, spec-kit, Kiro, OpenSpec): document checks, ID
/// allocation, traceability and workflow gates.</summary>
[McpServerToolType]
internal sealed class SpecDocsTools(SpecDocsChecker checker, IdAllocator allocator, TraceMatrixBuilder tracer, GateChecker gates, LargeResults large)
{
    private const string ModuleText = "Module or spec folder.";
    private const string DetailText = "true: list what passed too.";

    [McpServerTool(Name = "check_docs", Title = "Check spec documents", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(CheckDocsResult))]
    [Description("Checks spec documents (pipeline, spec-kit, Kiro, OpenSpec) as one ID graph: findings with file, line, fix.")]
    public Task<CallToolResult> CheckDocs(RequestContext<CallToolRequestParams> request, [Description("Module or spec folder; omit for all.")] string? module = null,
        [Description(DetailText)] bool detail = false, CancellationToken cancellationToken = default) =>
        ProgressRelay<StepProgress>.AroundAsync(request, StepNotifications.Of, progress => Task.FromResult(CheckDocs(module, detail, progress, cancellationToken)), cancellationToken);

    private CallToolResult CheckDocs(string? module, bool detail, IProgress<StepProgress>? progress, CancellationToken cancellationToken) =>
        ToolResultMapper.Map(checker.Check(new CheckDocsRequest(module, detail), progress, cancellationToken), r =>
            string.Concat(r.Sets.Select(s => $"{s.Name}: {s.Format}, step {s.Step}, {s.FilesRead.Count} document(s) read in {s.Folder}" +
                $"{(s.FilesIgnored.Count > 0 ? $", {s.FilesIgnored.Count} ignored" : "")}; {s.Counts.Errors} error(s), {s.Counts.Warnings} warning(s), {s.Counts.Infos} info.\n")).TrimEnd() +
            string.Concat(r.Findings.Take(20).Select(f => $"\n- {f.File}:{f.Line} {f.RuleId} {f.Severity}: {f.Message}")) +
            (r.Findings.Count > 20 ? $"\n… {r.Findings.Count - 20} more in the structured result." : ""));

    [McpServerTool(Name = "next_id", Title = "Next free spec ID", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(NextIdResult))]
    [Description("Returns the next free ID of a kind (FR-012, T043, 4.3).")]
    public CallToolResult NextId(
        [Description(ModuleText)] string module,
        [Description("req, scen, task, phase; fr, sc, us; criterion.")] string kind,
        [Description("N of N.M.")] int? parent = null) =>
        ToolResultMapper.Map(allocator.Next(new NextIdRequest(module, kind, parent)), r => $"Next {r.Kind} ID for {r.Module}: {r.Id} ({r.Used} number(s) in use).");

    [McpServerTool(Name = "trace_matrix", Title = "Trace requirements to code", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(TraceMatrixResult))]
    [Description("Traces requirements to scenarios, tasks and code in one format, with the gaps.")]
    public Task<CallToolResult> TraceMatrix(RequestContext<CallToolRequestParams> request, [Description(ModuleText)] string module,
        [Description("json (default), markdown or mermaid.")] string? format = null, CancellationToken cancellationToken = default) =>
        ProgressRelay<StepProgress>.AroundAsync(request, StepNotifications.Of, progress => Task.FromResult(TraceMatrix(module, format, progress, cancellationToken)), cancellationToken);

    private CallToolResult TraceMatrix(string module, string? format, IProgress<StepProgress>? progress, CancellationToken cancellationToken)
    {
        ResourceLinkBlock? link = null;
        return ToolResultMapper.Map(tracer.Build(new TraceMatrixRequest(module, format), progress, cancellationToken).Map(r => Linked(r, out link)), r =>
        {
            var rendered = r.Markdown ?? (r.Mermaid is null ? null : "```mermaid\n" + r.Mermaid + "```");
            return $"{r.Module}: {r.Totals.Requirements} requirement(s), {r.Totals.Scenarios} scenario(s), {r.Totals.Tasks} task(s), {r.FilesScanned} source file(s) scanned" +
                $"{(r.ScanStoppedEarly ? " (scan budget reached)" : "")}; uncovered: {r.Uncovered.RequirementsWithoutScenarios.Count} requirement(s) without a scenario, " +
                $"{r.Uncovered.ScenariosWithoutTasks.Count} scenario(s) without a task, {r.Uncovered.ScenariosWithoutTests.Count} without a test." +
                (rendered is null ? "" : "\n\n" + rendered) + (r.MatrixUri is null ? "" : $" The matrix is too large to show here: read {r.MatrixUri}.");
        }, link);
    }

    // A matrix over the inline limit goes to a resource link in the format asked for; totals and gaps stay inline.
    private TraceMatrixResult Linked(TraceMatrixResult r, out ResourceLinkBlock? link)
    {
        link = null;
        var text = r.Markdown ?? r.Mermaid ?? System.Text.Json.JsonSerializer.Serialize(r, ModuleGen.Core.Json.JsonDefaults.Context.TraceMatrixResult);
        if (!LargeResults.TooLarge(System.Text.Encoding.UTF8.GetByteCount(text)))
        {
            return r;
        }

        var mime = r.Markdown is not null ? "text/markdown" : r.Mermaid is not null ? "text/vnd.mermaid" : "application/json";
        link = large.Keep($"trace-{r.Module}.{r.Format}", $"The trace matrix of {r.Module} ({r.Format}).", mime, text);
        return r with { Requirements = [], Scenarios = [], Tasks = [], Markdown = null, Mermaid = null, MatrixUri = link.Uri };
    }

    [McpServerTool(Name = "check_gate", Title = "Check a workflow gate", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(CheckGateResult))]
    [Description("Tells whether a set passes a workflow step gate, with a reason per failed condition.")]
    public CallToolResult CheckGate(
        [Description(ModuleText)] string module,
        [Description("Step (pipeline 1-5, spec-kit 1-4, else 1-3).")] int step,
        [Description("Phase (2+) for pipeline step 5.")] int? phase = null,
        [Description("Cobertura or lcov report, steps 4-5.")] string? coverage_path = null,
        [Description(DetailText)] bool detail = false) =>
        ToolResultMapper.Map(gates.Check(new CheckGateRequest(module, step, phase, coverage_path, detail)), r =>
            $"{r.Module}: step {r.Step}{(r.StepName is { } n ? $" ({n})" : "")}{(r.Phase is { } p ? $" (phase {p})" : "")} gate {(r.Passed ? "passes" : "fails")}: {r.ChecksPassed} of {r.ChecksTotal} condition(s) hold." +
            string.Concat(r.Reasons.Select(reason => $"\n- {reason}")));
}
