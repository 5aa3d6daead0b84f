using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.SpecDocs.Gates;
using ModuleGen.Core.SpecDocs.Trace;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the spec-driven pipeline (seed 003): document checks, ID allocation, traceability and step gates.</summary>
[McpServerToolType]
internal sealed class SpecDocsTools(SpecDocsChecker checker, IdAllocator allocator, TraceMatrixBuilder tracer, GateChecker gates)
{
    private const string ModuleText = "Module name, e.g. 'oagw' or 'customer orders'; its documents are read from docs.folder (default modules/<module>/docs).";

    [McpServerTool(Name = "check_docs", Title = "Check spec documents", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(CheckDocsResult))]
    [Description("Checks a module's spec documents (INTENT_*, TASKS, ACTUAL_*, INTENT_VS_ACTUAL, CHANGELOG) as one ID graph against the MG1xx rules: " +
        "ID format and uniqueness, allowed and dangling references, coverage, phases, keywords, subtasks, CHANGELOG. Read-only. " +
        "Returns findings with rule, severity, file, line, message and recommendation, plus counts. Errors: docs.folder_missing (no docs yet), name.* (bad module name).")]
    public CallToolResult CheckDocs([Description(ModuleText)] string module) =>
        ToolResultMapper.Map(checker.Check(new CheckDocsRequest(module)), r =>
            $"{r.Module}: step {r.Step}, {r.Documents.Count} document(s) in {r.DocsFolder}; {r.Counts.Errors} error(s), {r.Counts.Warnings} warning(s), {r.Counts.Infos} info." +
            string.Concat(r.Findings.Take(20).Select(f => $"\n- {f.File}:{f.Line} {f.RuleId} {f.Severity}: {f.Message}")) +
            (r.Findings.Count > 20 ? $"\n… {r.Findings.Count - 20} more in the structured result." : ""));

    [McpServerTool(Name = "next_id", Title = "Next free spec ID", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(NextIdResult))]
    [Description("Returns the next free requirement, scenario, task or phase ID of a module (after every one its documents define or cite), " +
        "zero-padded like the existing IDs (two digits when there are none). Read-only: nothing is reserved. Errors: docs.unknown_kind, docs.folder_missing.")]
    public CallToolResult NextId(
        [Description(ModuleText)] string module,
        [Description("ID kind: req (REQ-{M}-N), scen (SCEN-{M}-N), task (TASK-{M}-N) or phase (PHASE-{M}-N).")] string kind) =>
        ToolResultMapper.Map(allocator.Next(new NextIdRequest(module, kind)), r => $"Next {r.Kind} ID for {r.Module}: {r.Id} ({r.Used} number(s) in use).");

    [McpServerTool(Name = "trace_matrix", Title = "Trace requirements to code", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(TraceMatrixResult))]
    [Description("Builds a module's trace matrix REQ → SCEN → TASK → code and test lines (IDs found in the module's source and test files) " +
        "as JSON, a Markdown table and a Mermaid graph, marking uncovered requirements and scenarios. Read-only; the code scan is bounded. Errors: docs.folder_missing.")]
    public CallToolResult TraceMatrix([Description(ModuleText)] string module) =>
        ToolResultMapper.Map(tracer.Build(new TraceMatrixRequest(module)), r =>
            $"{r.Module}: {r.Requirements.Count} requirement(s), {r.Scenarios.Count} scenario(s), {r.Tasks.Count} task(s), {r.FilesScanned} source file(s) scanned" +
            $"{(r.ScanStoppedEarly ? " (scan budget reached)" : "")}.\n\n{r.Markdown}");

    [McpServerTool(Name = "check_gate", Title = "Check a workflow gate", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(CheckGateResult))]
    [Description("Tells whether a module passes the gate of a seed-003 workflow step, with a reason for every failed condition: " +
        "1 intent design; 2 requirements, scenarios, design cross-references; 3 phase-1 tasks checked, ACTUAL docs, INTENT_VS_ACTUAL, TODO(PHASE-…) stubs for later phases; " +
        "4 CHANGELOG and line coverage at or above docs.coverage_threshold when a report is given; 5 steps 3 and 4 for a later phase. Read-only. " +
        "Errors: docs.bad_step, docs.bad_phase, docs.coverage_not_found, docs.coverage_unreadable.")]
    public CallToolResult CheckGate(
        [Description(ModuleText)] string module,
        [Description("Workflow step, 1 to 5.")] int step,
        [Description("Phase for step 5 (2 or more); omit for steps 1-4.")] int? phase = null,
        [Description("Workspace-relative Cobertura XML or lcov report, for steps 4 and 5.")] string? coverage_path = null) =>
        ToolResultMapper.Map(gates.Check(new CheckGateRequest(module, step, phase, coverage_path)), r =>
            $"{r.Module}: step {r.Step}{(r.Phase is { } p ? $" (phase {p})" : "")} gate {(r.Passed ? "passes" : "fails")}." +
            string.Concat(r.Reasons.Select(reason => $"\n- {reason}")));
}
