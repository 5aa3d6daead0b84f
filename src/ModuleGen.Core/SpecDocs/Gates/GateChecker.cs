using System.Globalization;
using ModuleGen.Core.Common;
using ModuleGen.Core.SpecDocs.Formats;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Trace;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs.Gates;

/// <summary>Runs check_gate: whether a set's documents (and, for the pipeline, code and coverage) satisfy a step of
/// its workflow: the pipeline's steps 1–5, spec-kit's specify → plan → tasks → implement, Kiro's requirements → design
/// → tasks, OpenSpec's proposal → apply → archive (for one change).</summary>
/// <remarks>A gate that does not hold is an answer (passed: false, with reasons), not an error; only bad arguments
/// and unreadable files are refused.</remarks>
public sealed class GateChecker(ModuleGenWorkspace workspace, DocumentSetLoader loader)
{
    public Result<CheckGateResult> Check(CheckGateRequest request)
    {
        if (request.Step is not { } step)
        {
            return ToolError.Missing("/step", "step");
        }

        if (step is < 1 or > 5)
        {
            return BadStep(step, SpecFormat.ModulePipeline);
        }

        if (request.CoveragePath is not null && step < 4)
        {
            return Result<CheckGateResult>.Fail(Pipeline(request with { Phase = null }, step));
        }

        return Coverage(request.CoveragePath).Then(coverage => loader.Locate(request.Module).Then(docs =>
        {
            if (!Directory.Exists(docs.Folder.FullPath))
            {
                var errors = Pipeline(request, step);
                if (errors.Count > 0)
                {
                    return Result<CheckGateResult>.Fail(errors);
                }

                var missing = new GateCheck("docs_folder_present", false, $"The docs folder {docs.Folder.RelativePath} does not exist.");
                return Result<CheckGateResult>.Ok(Answer(docs.Names.Snake, step, step >= 3 ? request.Phase ?? 1 : null, [missing], coverage, request.Detail));
            }

            return loader.Load(docs).Then(set => set.Format == SpecFormat.ModulePipeline ? PipelineGate(request, step, docs, set, coverage) : WorkflowGate(request, step, set));
        }));
    }

    private Result<CheckGateResult> PipelineGate(CheckGateRequest request, int step, ModuleDocs docs, DocumentSet set, CoverageSummary? coverage)
    {
        var errors = Pipeline(request, step);
        if (errors.Count > 0)
        {
            return Result<CheckGateResult>.Fail(errors);
        }

        var phase = step >= 3 ? request.Phase ?? 1 : (int?)null;
        var scan = step >= 3 ? SourceScanner.Scan(docs.CodeFolder, docs.Folder.RelativePath, set.Prefix, workspace.Config.Scan) : null;
        var findings = new SpecDocsChecker(workspace, loader).Report(set).Findings;
        var conditions = new GateConditions(set, findings, scan, workspace.Config.Docs.CoverageThreshold);
        return Result<CheckGateResult>.Ok(Answer(set.Module.Snake, step, phase, conditions.For(step, phase ?? 1, coverage), coverage, request.Detail));
    }

    private Result<CheckGateResult> WorkflowGate(CheckGateRequest request, int step, DocumentSet set)
    {
        var format = set.Format;
        if (step > format.Steps.Count)
        {
            return BadStep(step, format);
        }

        if (request.Phase is { } phase)
        {
            return ToolError.Create(ErrorCodes.DocsBadPhase, "/phase", $"Phase {phase} does not apply: phases are steps of the intent-driven module pipeline, and {set.Folder} is {format.Title}.",
                "Leave phase out.").WithFound(phase.ToString(CultureInfo.InvariantCulture));
        }

        if (request.CoveragePath is not null)
        {
            return ToolError.Create(ErrorCodes.ArgumentInvalid, "/coverage_path", $"A coverage report applies to the intent-driven module pipeline's steps 4 and 5, not to {format.Title}.",
                "Leave coverage_path out.").WithFound(request.CoveragePath);
        }

        SpecChange? change = null;
        if (format == SpecFormat.OpenSpec)
        {
            change = set.Changes.Where(c => c.Id == set.Focus).OrderBy(c => c.Archived).FirstOrDefault();
            if (change is null)
            {
                var active = set.Changes.Where(c => !c.Archived).Select(c => c.Id).ToArray();
                return ToolError.Create(ErrorCodes.ArgumentInvalid, "/module", $"OpenSpec gates are per change, and '{Preview.Of(request.Module)}' names no change of {set.Folder}.",
                    active.Length == 0 ? "Pass the id of a change folder under openspec/changes/." : $"Pass a change id: {string.Join(", ", active.Take(20))}.").WithFound(request.Module);
            }
        }

        var findings = new SpecDocsChecker(workspace, loader).Report(set).Findings;
        var checks = new WorkflowGates(set, findings).For(step, change);
        return Result<CheckGateResult>.Ok(Answer(change?.Id ?? set.Module.Snake, step, null, checks, null, request.Detail) with { StepName = format.Steps[step - 1] });
    }

    /// <summary>Lists the failing conditions (every condition with detail) and counts them all.</summary>
    private static CheckGateResult Answer(string module, int step, int? phase, IReadOnlyList<GateCheck> checks, CoverageSummary? coverage, bool detail) =>
        new(module, step, phase, checks.All(c => c.Passed), detail ? checks : checks.Where(c => !c.Passed).ToArray(), checks.Where(c => !c.Passed).Select(c => c.Detail).ToArray(), coverage)
        {
            ChecksTotal = checks.Count,
            ChecksPassed = checks.Count(c => c.Passed),
        };

    private static ToolError BadStep(int step, SpecFormat format) =>
        ToolError.Create(ErrorCodes.DocsBadStep, "/step", format == SpecFormat.ModulePipeline
                ? $"{step} is not a workflow step; the intent-driven module pipeline has steps 1 to 5."
                : $"{step} is not a step of {format.Title}, whose workflow has steps 1 to {format.Steps.Count}.",
            format == SpecFormat.ModulePipeline
                ? "Pass 1 (intent design), 2 (requirements and scenarios), 3 (code and unit tests), 4 (e2e tests and CHANGELOG) or 5 (a later phase, with phase)."
                : $"Pass {string.Join(", ", format.Steps.Select((s, i) => $"{i + 1} ({s})"))}.").WithFound(step.ToString(CultureInfo.InvariantCulture));

    /// <summary>Checks the pipeline's phase and coverage arguments.</summary>
    private static List<ToolError> Pipeline(CheckGateRequest request, int step)
    {
        var errors = new List<ToolError>();
        if (step == 5 && request.Phase is null)
        {
            errors.Add(ToolError.Missing("/phase", "phase"));
        }
        else if (request.Phase is { } phase && (step < 3 || (step < 5 && phase != 1) || (step == 5 && phase < 2)))
        {
            errors.Add(ToolError.Create(ErrorCodes.DocsBadPhase, "/phase", $"Phase {phase} does not apply to step {step}.",
                "Steps 1 and 2 take no phase; steps 3 and 4 are phase 1; step 5 takes a phase of 2 or more.").WithFound(phase.ToString(CultureInfo.InvariantCulture)));
        }

        if (request.CoveragePath is not null && step < 4)
        {
            errors.Add(ToolError.Create(ErrorCodes.ArgumentInvalid, "/coverage_path", $"A coverage report applies to steps 4 and 5, not step {step}.",
                "Leave coverage_path out, or check step 4 (or 5).").WithFound(request.CoveragePath));
        }

        return errors;
    }

    private Result<CoverageSummary?> Coverage(string? path) =>
        path is null
            ? Result<CoverageSummary?>.Ok(null)
            : workspace.Guard.Resolve(path, "/coverage_path").Then(p => CoverageReader.Read(p, "/coverage_path")).Map(c => (CoverageSummary?)c);
}
