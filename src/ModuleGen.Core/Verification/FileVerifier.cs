using Microsoft.Extensions.FileSystemGlobbing;
using ModuleGen.Core.Common;
using ModuleGen.Core.DgChecks;
using ModuleGen.Core.Execution;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Verification;

/// <summary>Compares a module's plan with the files on disk, brick by brick: the target folder exists; every expected
/// file exists and is not empty; the files a pack rendered hold no template syntax left unrendered and no stub left
/// for the agent (<see cref="FillInMarker"/>); the brick's contract and spec exist and are no longer skeletons;
/// (when expected files are known) files that neither the plan, the answers file, the pack's conventions nor the spec
/// documents' folder account for are listed as unplanned warnings; and the dg project a brick lies in is checked with
/// dg (<see cref="DgCheckRunner"/>) when the user allowed it, else reported as not run. Writes nothing.</summary>
/// <remarks>The module is a stored plan's module; a folder a plan brick generated (its last name) is accepted too and
/// checks that brick. Passing checks are counted, and listed only when <see cref="VerifyFilesRequest.Detail"/> asks.</remarks>
public sealed class FileVerifier(ModuleGenWorkspace workspace, PlanStore plans, PlanExpander expander, IEnumerable<IExpectedFilesSource> sources, DgCheckRunner dg)
{
    /// <summary>The most unplanned files listed one by one per brick; the rest are counted.</summary>
    public const int MaxListedUnplanned = 100;

    private readonly IReadOnlyList<IExpectedFilesSource> _sources = sources.ToArray();

    /// <summary>Verifies every brick of the module's stored plan, or the one named.</summary>
    /// <exception cref="OperationCanceledException">The call was cancelled while dg ran (dg is killed first).</exception>
    public Result<VerifyFilesResult> Verify(VerifyFilesRequest request, CancellationToken cancellationToken = default) =>
        Plan(request).Then(found => expander.Expand(found.Stored).Then(bricks =>
        {
            var brickName = found.Brick ?? request.Brick;
            var selected = string.IsNullOrEmpty(brickName) ? bricks : bricks.Where(b => b.Name == brickName).ToArray();
            if (selected.Count == 0)
            {
                return ToolError.Create(ErrorCodes.BrickUnknown, "/brick", $"The plan has no brick '{Preview.Of(brickName)}'.",
                    $"Use a brick name as next_steps lists it ({string.Join(", ", bricks.Select(b => b.Name).Take(20))}), or omit 'brick' to check them all.").WithFound(brickName);
            }

            var folders = bricks
                .Select(b => workspace.Guard.Resolve(b.Brick.TargetDir, b.Pointer("target_dir")))
                .Where(r => r.IsOk)
                .Select(r => r.Value.FullPath)
                .ToHashSet(StringComparer.Ordinal);
            var docs = workspace.Config.Docs.Folder.Replace("{module}", found.Stored.Plan.Module, StringComparison.Ordinal).Trim('/');
            var projects = new HashSet<string>(StringComparer.Ordinal);
            var reports = selected.Select(b => WithDgChecks(VerifyBrick(b, folders, docs), request.DgChecks ? projects : null, cancellationToken)).ToArray();
            var checks = reports.SelectMany(r => r.Checks).ToArray();
            var summary = new VerificationSummary(reports.Length, reports.Count(r => r.Passed), checks.Length,
                checks.Count(c => c.Status == VerificationCheck.Passed), checks.Count(c => c.Status == VerificationCheck.Failed),
                checks.Count(c => c.Status == VerificationCheck.Warning), checks.Count(c => c.Status == VerificationCheck.NotRun));
            var shown = request.Detail ? reports : reports.Select(r => r with { Checks = r.Checks.Where(c => c.Status != VerificationCheck.Passed).ToArray() }).ToArray();
            return Result<VerifyFilesResult>.Ok(new VerifyFilesResult(found.Stored.Plan.Module, found.Stored.Revision, reports.All(r => r.Passed), shown, summary));
        }));

    // The module's stored plan; else the plan with a brick whose folder has the name given (a generated module's folder).
    private Result<(StoredPlan Stored, string? Brick)> Plan(VerifyFilesRequest request)
    {
        var stored = plans.LoadStored(request.Module);
        if (stored.IsOk || stored.Errors[0].Code != ErrorCodes.PlanNotFound || plans.List() is not { IsOk: true } listed)
        {
            return stored.Map(s => (s, (string?)null));
        }

        foreach (var entry in listed.Value.Plans.Where(p => p.Valid))
        {
            if (plans.LoadStored(entry.Module) is { IsOk: true } other &&
                other.Value.Plan.Bricks.FirstOrDefault(b => Path.GetFileName(b.TargetDir.Replace('\\', '/').TrimEnd('/')) == request.Module) is { } brick)
            {
                return Result<(StoredPlan, string?)>.Ok((other.Value, brick.Name));
            }
        }

        return Result<(StoredPlan, string?)>.Fail(stored.Errors);
    }

    private BrickVerification VerifyBrick(ExpandedBrick brick, HashSet<string> brickFolders, string docsFolder)
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
            var rendered = _sources.SelectMany(s => s.Rendered(brick)).ToHashSet(StringComparer.Ordinal);
            CheckRendered(folder, files.Where(rendered.Contains).ToArray(), checks);
            if (stoppedEarly)
            {
                checks.Add(new VerificationCheck("scan_budget", VerificationCheck.Warning, folder.RelativePath,
                    $"The folder has more than {workspace.Config.Scan.FileBudget} files (scan.file_budget); only the first were checked for tokens and planning."));
            }

            if (expected is not null)
            {
                // Listed one by one up to MaxListedUnplanned, then counted: a folder of 100,000 stray files is an answer
                // of a few kilobytes that says how many there are, not megabytes of the same warning.
                var conventions = new Matcher(StringComparison.Ordinal);
                conventions.AddIncludePatterns(_sources.Select(s => s.Conventions(brick)).ToArray());
                var all = files
                    .Where(f => !conventions.Match(f).HasMatches)
                    .Select(f => $"{folder.RelativePath}/{f}")
                    .Where(f => !expectedPaths.Contains(f) && !f.StartsWith(docsFolder + "/", StringComparison.Ordinal))
                    .ToArray();
                unplanned = all.Take(MaxListedUnplanned).ToArray();
                checks.AddRange(unplanned.Select(f => new VerificationCheck("unplanned_file", VerificationCheck.Warning, f,
                    "Neither the plan, the answers file nor the pack's conventions expect this file. If the brick needs it, add it to the brick's files (storing the plan keeps the steps done); else remove it.",
                    ErrorCodes.VerifyUnplannedFile)));
                if (all.Length > MaxListedUnplanned)
                {
                    checks.Add(new VerificationCheck("unplanned_file", VerificationCheck.Warning, folder.RelativePath,
                        $"{all.Length:N0} files in the folder are not planned; the first {MaxListedUnplanned} are listed, {all.Length - MaxListedUnplanned:N0} more are not.",
                        ErrorCodes.VerifyUnplannedFile));
                }
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

    // The files a pack rendered: template syntax left unrendered, and stubs the pack left for the agent.
    private static void CheckRendered(WorkspacePath folder, IReadOnlyList<string> files, List<VerificationCheck> checks)
    {
        var found = 0;
        foreach (var file in files)
        {
            var path = $"{folder.RelativePath}/{file}";
            if (UnrenderedTokens.ReadText(Path.Join(folder.FullPath, file)) is not { } text)
            {
                continue;
            }

            if (UnrenderedTokens.FindIn(text) is { } token)
            {
                found++;
                checks.Add(new VerificationCheck("unrendered_tokens", VerificationCheck.Failed, path,
                    $"The file still holds {token.Count} template tag(s) such as '{{{{ name }}}}', first at line {token.Line}, column {token.Column}: a variable was not rendered.",
                    ErrorCodes.VerifyUnrenderedToken, new SourceLocation(path, token.Line, token.Column)));
            }

            if (FillInMarker.FindIn(text) is { } stub)
            {
                found++;
                checks.Add(new VerificationCheck("stub", VerificationCheck.Failed, path,
                    $"The pack's sample or stub is still in place: {stub.Count} line(s) hold {FillInMarker.Text}, first at line {stub.Line}. Replace the sample with the module's own code and delete each such line.",
                    ErrorCodes.VerifyStubLeft, new SourceLocation(path, stub.Line, stub.Column)));
            }
        }

        if (found == 0)
        {
            checks.Add(new VerificationCheck("rendered_files", VerificationCheck.Passed, folder.RelativePath, $"No template tag or stub left in the {files.Count} file(s) the pack rendered."));
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
