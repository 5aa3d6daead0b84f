using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.SpecDocs.Gates;
using ModuleGen.Core.SpecDocs.Trace;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the intent-driven module pipeline: document checks, ID allocation, traceability and step gates.</summary>
[McpServerToolType]
internal sealed class SpecDocsTools(SpecDocsChecker checker, IdAllocator allocator, TraceMatrixBuilder tracer, GateChecker gates)
{
    private const string ModuleText = "Module or spec folder.";

    [McpServerTool(Name = "check_docs", Title = "Check spec documents", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(CheckDocsResult))]
    [Description("Checks spec documents (pipeline, spec-kit, Kiro, OpenSpec) as one ID graph: findings with file, line, fix.")]
    public CallToolResult CheckDocs([Description("Module or spec folder; omit for all.")] string? module = null, CancellationToken cancellationToken = default) =>
        ToolResultMapper.Map(checker.Check(new CheckDocsRequest(module), null, cancellationToken), r =>
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
    [Description("Builds the requirement -> scenario -> task -> code trace (JSON, Markdown, Mermaid) with what is uncovered.")]
    public CallToolResult TraceMatrix([Description(ModuleText)] string module) =>
        ToolResultMapper.Map(tracer.Build(new TraceMatrixRequest(module)), r =>
            $"{r.Module}: {r.Requirements.Count} requirement(s), {r.Scenarios.Count} scenario(s), {r.Tasks.Count} task(s), {r.FilesScanned} source file(s) scanned" +
            $"{(r.ScanStoppedEarly ? " (scan budget reached)" : "")}.\n\n{r.Markdown}");

    [McpServerTool(Name = "check_gate", Title = "Check a workflow gate", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(CheckGateResult))]
    [Description("Tells whether a set passes a workflow step gate, with a reason per failed condition.")]
    public CallToolResult CheckGate(
        [Description(ModuleText)] string module,
        [Description("Step (pipeline 1-5, spec-kit 1-4, else 1-3).")] int step,
        [Description("Phase (2+) for pipeline step 5.")] int? phase = null,
        [Description("Cobertura or lcov report, steps 4-5.")] string? coverage_path = null) =>
        ToolResultMapper.Map(gates.Check(new CheckGateRequest(module, step, phase, coverage_path)), r =>
            $"{r.Module}: step {r.Step}{(r.StepName is { } n ? $" ({n})" : "")}{(r.Phase is { } p ? $" (phase {p})" : "")} gate {(r.Passed ? "passes" : "fails")}." +
            string.Concat(r.Reasons.Select(reason => $"\n- {reason}")));
}
