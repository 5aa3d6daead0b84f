using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Common;
using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.SpecDocs.Gates;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Trace;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the intent-driven module pipeline: document checks, ID allocation, traceability and step gates.</summary>
[McpServerToolType]
internal sealed class SpecDocsTools(SpecDocsChecker checker, IdAllocator allocator, TraceMatrixBuilder tracer, GateChecker gates, LargeResults large)
{
    private const string ModuleText = "Module name (documents under docs.folder).";
    private const string DetailText = "true: list what passed too.";

    [McpServerTool(Name = "check_docs", Title = "Check spec documents", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(CheckDocsResult))]
    [Description("Checks a module's spec documents as one ID graph: findings with file, line and fix.")]
    public Task<CallToolResult> CheckDocs(RequestContext<CallToolRequestParams> request, [Description(ModuleText)] string module,
        [Description(DetailText)] bool detail = false, CancellationToken cancellationToken = default) =>
        ProgressRelay<StepProgress>.AroundAsync(request, StepNotifications.Of, progress =>
        {
            progress?.Report(new StepProgress(0, 1, $"checking the documents of {module}"));
            var result = CheckDocs(module, detail);
            progress?.Report(new StepProgress(1, 1, $"checked the documents of {module}"));
            return Task.FromResult(result);
        }, cancellationToken);

    private CallToolResult CheckDocs(string module, bool detail) =>
        ToolResultMapper.Map(checker.Check(new CheckDocsRequest(module, detail)), r =>
            $"{r.Module}: step {r.Step}, {SpecDocumentNames.All.Count - r.Missing.Count} standard document(s) in {r.DocsFolder}; {r.Counts.Errors} error(s), {r.Counts.Warnings} warning(s), {r.Counts.Infos} info." +
            string.Concat(r.Findings.Take(20).Select(f => $"\n- {f.File}:{f.Line} {f.RuleId} {f.Severity}: {f.Message}")) +
            (r.Findings.Count > 20 ? $"\n… {r.Findings.Count - 20} more in the structured result." : ""));

    [McpServerTool(Name = "next_id", Title = "Next free spec ID", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(NextIdResult))]
    [Description("Returns the next free REQ, SCEN, TASK or PHASE ID of a module, padded as its documents write that kind.")]
    public CallToolResult NextId(
        [Description(ModuleText)] string module,
        [Description("req, scen, task or phase.")] string kind) =>
        ToolResultMapper.Map(allocator.Next(new NextIdRequest(module, kind)), r => $"Next {r.Kind} ID for {r.Module}: {r.Id} ({r.Used} number(s) in use).");

    [McpServerTool(Name = "trace_matrix", Title = "Trace requirements to code", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(TraceMatrixResult))]
    [Description("Builds a module's REQ → SCEN → TASK → code/test trace in one format, with what is uncovered.")]
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
    [Description("Tells whether a module passes a pipeline step's gate (1-5), with a reason per failed condition.")]
    public CallToolResult CheckGate(
        [Description(ModuleText)] string module,
        [Description("Workflow step, 1 to 5.")] int step,
        [Description("Phase for step 5 (2 or more); omit for steps 1-4.")] int? phase = null,
        [Description("Cobertura or lcov report path, for steps 4-5.")] string? coverage_path = null,
        [Description(DetailText)] bool detail = false) =>
        ToolResultMapper.Map(gates.Check(new CheckGateRequest(module, step, phase, coverage_path, detail)), r =>
            $"{r.Module}: step {r.Step}{(r.Phase is { } p ? $" (phase {p})" : "")} gate {(r.Passed ? "passes" : "fails")}: {r.ChecksPassed} of {r.ChecksTotal} condition(s) hold." +
            string.Concat(r.Reasons.Select(reason => $"\n- {reason}")));
}
