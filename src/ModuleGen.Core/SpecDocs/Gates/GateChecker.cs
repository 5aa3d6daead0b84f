using ModuleGen.Core.Common;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Trace;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs.Gates;

/// <summary>Runs check_gate: whether a module's documents (and code, and coverage) satisfy a step of the intent-driven
/// module pipeline.</summary>
/// <remarks>A gate that does not hold is an answer (passed: false, with reasons), not an error; only bad arguments
/// and unreadable files are refused.</remarks>
public sealed class GateChecker(ModuleGenWorkspace workspace, DocumentSetLoader loader)
{
    public Result<CheckGateResult> Check(CheckGateRequest request)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return Result<CheckGateResult>.Fail(errors);
        }

        var step = request.Step!.Value;
        var phase = step >= 3 ? request.Phase ?? 1 : (int?)null;
        return Coverage(request.CoveragePath).Then(coverage => loader.Locate(request.Module).Then(docs =>
        {
            if (!Directory.Exists(docs.Folder.FullPath))
            {
                var missing = new GateCheck("docs_folder_present", false, $"The docs folder {docs.Folder.RelativePath} does not exist.");
                return Result<CheckGateResult>.Ok(Answer(docs.Names.Snake, step, phase, [missing], coverage, request.Detail));
            }

            return loader.Load(docs).Map(set =>
            {
                var scan = step >= 3 ? SourceScanner.Scan(docs.CodeFolder, docs.Folder.RelativePath, set.Prefix, workspace.Config.Scan) : null;
                var findings = new SpecDocsChecker(workspace, loader).Report(set).Findings;
                var conditions = new GateConditions(set, findings, scan, workspace.Config.Docs.CoverageThreshold);
                return Answer(set.Module.Snake, step, phase, conditions.For(step, phase ?? 1, coverage), coverage, request.Detail);
            });
        }));
    }

    private static CheckGateResult Answer(string module, int step, int? phase, IReadOnlyList<GateCheck> checks, CoverageSummary? coverage, bool detail) =>
        new(module, step, phase, checks.All(c => c.Passed), detail ? checks : checks.Where(c => !c.Passed).ToArray(), checks.Where(c => !c.Passed).Select(c => c.Detail).ToArray(), coverage)
        {
            ChecksTotal = checks.Count,
            ChecksPassed = checks.Count(c => c.Passed),
        };

    private static List<ToolError> Validate(CheckGateRequest request)
    {
        var errors = new List<ToolError>();
        if (request.Step is not { } step)
        {
            errors.Add(ToolError.Missing("/step", "step"));
            return errors;
        }

        if (step is < 1 or > 5)
        {
            errors.Add(ToolError.Create(ErrorCodes.DocsBadStep, "/step", $"{step} is not a workflow step; the intent-driven module pipeline has steps 1 to 5.",
                "Pass 1 (intent design), 2 (requirements and scenarios), 3 (code and unit tests), 4 (e2e tests and CHANGELOG) or 5 (a later phase, with phase).").WithFound(step.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return errors;
        }

        if (step == 5 && request.Phase is null)
        {
            errors.Add(ToolError.Missing("/phase", "phase"));
        }
        else if (request.Phase is { } phase && (step < 3 || (step < 5 && phase != 1) || (step == 5 && phase < 2)))
        {
            errors.Add(ToolError.Create(ErrorCodes.DocsBadPhase, "/phase", $"Phase {phase} does not apply to step {step}.",
                "Steps 1 and 2 take no phase; steps 3 and 4 are phase 1; step 5 takes a phase of 2 or more.").WithFound(phase.ToString(System.Globalization.CultureInfo.InvariantCulture)));
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
