using ModuleGen.Core.Common;
using ModuleGen.Core.DgChecks;
using ModuleGen.Core.Execution;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Verification;

/// <summary>Compares a module's plan with the files on disk, brick by brick: the target folder exists; every expected
/// file exists and is not empty; no text file in the folder still holds "{{" or "}}"; the brick's contract and spec
/// exist and no longer hold the skeleton's fill-in marker (<see cref="FillInMarker"/>); (when expected files are known) files nothing planned are listed as warnings;
/// and the dg project a brick lies in is checked with dg (<see cref="DgCheckRunner"/>) when the user allowed it, else
/// reported as not run. Writes nothing.</summary>
public sealed class FileVerifier(ModuleGenWorkspace workspace, PlanStore plans, PlanExpander expander, IEnumerable<IExpectedFilesSource> sources, DgCheckRunner dg)
{
    private readonly IReadOnlyList<IExpectedFilesSource> _sources = sources.ToArray();

    /// <summary>Verifies every brick of the module's stored plan, or the one named.</summary>
    /// <exception cref="OperationCanceledException">The call was cancelled while dg ran (dg is killed first).</exception>
    public Result<VerifyFilesResult> Verify(VerifyFilesRequest request, CancellationToken cancellationToken = default) =>
        plans.LoadStored(request.Module).Then(stored => expander.Expand(stored).Then(bricks =>
        {
            var selected = string.IsNullOrEmpty(request.Brick) ? bricks : bricks.Where(b => b.Name == request.Brick).ToArray();
            if (selected.Count == 0)
            {
                return ToolError.Create(ErrorCodes.BrickUnknown, "/brick", $"The plan has no brick '{Preview.Of(request.Brick)}'.",
                    $"Use a brick name as next_steps lists it ({string.Join(", ", bricks.Select(b => b.Name).Take(20))}), or omit 'brick' to check them all.").WithFound(request.Brick);
            }

            var folders = bricks
                .Select(b => workspace.Guard.Resolve(b.Brick.TargetDir, b.Pointer("target_dir")))
                .Where(r => r.IsOk)
                .Select(r => r.Value.FullPath)
                .ToHashSet(StringComparer.Ordinal);
            var projects = new HashSet<string>(StringComparer.Ordinal);
            var reports = selected.Select(b => WithDgChecks(VerifyBrick(b, folders), request.DgChecks ? projects : null, cancellationToken)).ToArray();
            var checks = reports.SelectMany(r => r.Checks).ToArray();
            var summary = new VerificationSummary(reports.Length, reports.Count(r => r.Passed), checks.Length,
                checks.Count(c => c.Status == VerificationCheck.Passed), checks.Count(c => c.Status == VerificationCheck.Failed),
                checks.Count(c => c.Status == VerificationCheck.Warning), checks.Count(c => c.Status == VerificationCheck.NotRun));
            return Result<VerifyFilesResult>.Ok(new VerifyFilesResult(stored.Plan.Module, stored.Revision, reports.All(r => r.Passed), reports, summary));
        }));

    private BrickVerification VerifyBrick(ExpandedBrick brick, HashSet<string> brickFolders)
    {
        var checks = new List<VerificationCheck>();
        var target = workspace.Guard.Resolve(brick.Brick.TargetDir, brick.Pointer("target_dir"));
        var expected = ExpectedFiles(brick);
        IReadOnlyList<string>? unplanned = null;
        if (!target.IsOk || !Directory.Exists(target.Value.FullPath))
        {
            var detail = target.IsOk ? "The folder does not exist." : target.Errors[0].Message;
            checks.Add(new VerificationCheck("target_dir", VerificationCheck.Failed, brick.Brick.TargetDir, detail, target.IsOk ? ErrorCodes.VerifyTargetDirMissing : target.Errors[0].Code));
            checks.AddRange((expected ?? []).Select(f => new VerificationCheck("file", VerificationCheck.Failed, $"{brick.Brick.TargetDir}/{f}", "The file does not exist.", ErrorCodes.VerifyFileMissing)));
        }
        else
        {
            var folder = target.Value;
            checks.Add(new VerificationCheck("target_dir", VerificationCheck.Passed, folder.RelativePath, "The folder exists."));
            var emptyByDesign = _sources.SelectMany(s => s.EmptyByDesign(brick)).ToHashSet(StringComparer.Ordinal);
            var expectedPaths = (expected ?? []).Select(f => CheckFile(folder, f, emptyByDesign.Contains(f), checks)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var nested = brickFolders.Where(f => f != folder.FullPath).ToHashSet(StringComparer.Ordinal);
            var (files, stoppedEarly) = FileWalker.Walk(folder.FullPath, FileWalkOptions.From(workspace.Config.Scan) with { EnterFolder = (d, _) => !nested.Contains(d.FullName) });
            CheckTokens(folder, files, checks);
            if (stoppedEarly)
            {
                checks.Add(new VerificationCheck("scan_budget", VerificationCheck.Warning, folder.RelativePath,
                    $"The folder has more than {workspace.Config.Scan.FileBudget} files (scan.file_budget); only the first were checked for tokens and planning."));
            }

            if (expected is not null)
            {
                unplanned = files.Select(f => $"{folder.RelativePath}/{f}").Where(f => !expectedPaths.Contains(f)).ToArray();
                checks.AddRange(unplanned.Select(f => new VerificationCheck("unplanned_file", VerificationCheck.Warning, f,
                    "No plan entry expects this file; add it to the brick's files or remove it.", ErrorCodes.VerifyUnplannedFile)));
            }
        }

        checks.Add(Document("contract", brick.Brick.ContractPath, brick.Pointer("contract_path"), ErrorCodes.VerifyContractMissing));
        checks.Add(Document("spec", brick.Brick.SpecPath, brick.Pointer("spec_path"), ErrorCodes.VerifySpecMissing));
        return new BrickVerification(brick.Name, brick.Brick.TargetDir, checks.All(c => c.Status != VerificationCheck.Failed), checks, unplanned);
    }

    // The dg project the brick's folder lies in, checked once per call and reported under the first brick in it.
    private BrickVerification WithDgChecks(BrickVerification report, HashSet<string>? checkedProjects, CancellationToken cancellationToken)
    {
        if (checkedProjects is null || workspace.Guard.Resolve(report.TargetDir, "") is not { IsOk: true } folder || !Directory.Exists(folder.Value.FullPath) ||
            DgProject.Enclosing(workspace, folder.Value) is not { } project || !checkedProjects.Add(project.RelativePath))
        {
            return report;
        }

        var checks = report.Checks.Concat(dg.Check(project, cancellationToken).Select(c => new VerificationCheck(c.Name, c.Status switch
        {
            DgCheckStatus.Passed => VerificationCheck.Passed,
            DgCheckStatus.Failed => VerificationCheck.Failed,
            DgCheckStatus.NotRun => VerificationCheck.NotRun,
            _ => VerificationCheck.Warning,
        }, c.File, c.Detail, c.Status switch
        {
            DgCheckStatus.Passed => null,
            DgCheckStatus.Failed => ErrorCodes.VerifyDgCheckFailed,
            DgCheckStatus.NotRun => ErrorCodes.VerifyDgNotRun,
            DgCheckStatus.NoDefinitions => ErrorCodes.VerifyDgNoDefinitions,
            _ => ErrorCodes.VerifyDgIncomplete,
        }, c.Location))).ToArray();
        return report with { Checks = checks, Passed = checks.All(c => c.Status != VerificationCheck.Failed) };
    }

    private IReadOnlyList<string>? ExpectedFiles(ExpandedBrick brick)
    {
        var lists = _sources.Select(s => s.ExpectedFiles(brick)).OfType<IReadOnlyList<string>>().ToArray();
        return lists.Length == 0 ? null : lists.SelectMany(l => l).Distinct(StringComparer.Ordinal).ToArray();
    }

    private string? CheckFile(WorkspacePath folder, string file, bool mayBeEmpty, List<VerificationCheck> checks)
    {
        var path = workspace.Guard.Resolve($"{folder.RelativePath}/{file.Replace('\\', '/')}", "");
        if (!path.IsOk)
        {
            checks.Add(new VerificationCheck("file", VerificationCheck.Failed, $"{folder.RelativePath}/{file}", path.Errors[0].Message, path.Errors[0].Code));
            return null;
        }

        var info = new FileInfo(path.Value.FullPath);
        checks.Add(!info.Exists
            ? new VerificationCheck("file", VerificationCheck.Failed, path.Value.RelativePath, "The file does not exist.", ErrorCodes.VerifyFileMissing)
            : info.Length == 0 && !mayBeEmpty
                ? new VerificationCheck("file", VerificationCheck.Failed, path.Value.RelativePath, "The file is empty.", ErrorCodes.VerifyFileEmpty)
                : new VerificationCheck("file", VerificationCheck.Passed, path.Value.RelativePath, $"The file exists ({info.Length} bytes)."));
        return path.Value.RelativePath;
    }

    private static void CheckTokens(WorkspacePath folder, IReadOnlyList<string> files, List<VerificationCheck> checks)
    {
        var found = 0;
        foreach (var file in files)
        {
            if (UnrenderedTokens.Find(Path.Join(folder.FullPath, file)) is { } token)
            {
                found++;
                var path = $"{folder.RelativePath}/{file}";
                checks.Add(new VerificationCheck("unrendered_tokens", VerificationCheck.Failed, path,
                    $"The file still holds {token.Count} template delimiter(s) ('{{{{' or '}}}}'), first at line {token.Line}, column {token.Column}: a variable was not rendered.",
                    ErrorCodes.VerifyUnrenderedToken, new SourceLocation(path, token.Line, token.Column)));
            }
        }

        if (found == 0)
        {
            checks.Add(new VerificationCheck("unrendered_tokens", VerificationCheck.Passed, folder.RelativePath, $"No template delimiters in {files.Count} file(s)."));
        }
    }

    private VerificationCheck Document(string kind, string path, string pointer, string code)
    {
        var resolved = workspace.Guard.Resolve(path, pointer);
        if (!resolved.IsOk || !File.Exists(resolved.Value.FullPath))
        {
            return new VerificationCheck(kind, VerificationCheck.Failed, path, $"The {kind} does not exist; resolve_brick_specs with create_missing=true writes a skeleton.", code);
        }

        var file = resolved.Value.RelativePath;
        return FillInMarker.Find(resolved.Value.FullPath) is { } marker
            ? new VerificationCheck(kind, VerificationCheck.Failed, file,
                $"The {kind} is still a skeleton: {marker.Count} line(s) hold {FillInMarker.Text}, first at line {marker.Line}. Replace each such line with the brick's content.",
                ErrorCodes.VerifyDocumentUnfilled, new SourceLocation(file, marker.Line, marker.Column))
            : new VerificationCheck(kind, VerificationCheck.Passed, file, $"The {kind} exists and is filled in.");
    }
}
