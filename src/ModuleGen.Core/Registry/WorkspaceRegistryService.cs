using ModuleGen.Core.Audit;
using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Markers;
using ModuleGen.Core.Modules;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Registry;

/// <summary>Keeps the workspace registry (Dagster's workspace.yaml, dg's dg.toml — the files of registry.files) in step
/// with the generated modules. Edits happen only inside ModuleGen's marker blocks, whose start markers record a content
/// hash, so hand edits are reported and never overwritten. Every edit backs the files up first and writes them in one
/// transaction; adding twice changes nothing, and removing gives back the file's bytes from before the add.</summary>
public sealed class WorkspaceRegistryService
{
    // The scaffold's key: a scaffold injects into the same registry files (e.g. workspace.yaml).
    private const string LockKey = KeyedLocks.WorkspaceFiles;

    private readonly ModuleGenWorkspace _workspace;
    private readonly GeneratedModules _modules;
    private readonly IReadOnlyList<IWorkspaceRegistry> _kinds;
    private readonly KeyedLocks _locks;
    private readonly RegistrationResolver _resolver;

    public WorkspaceRegistryService(ModuleGenWorkspace workspace, GeneratedModules modules, IEnumerable<IWorkspaceRegistry> kinds, KeyedLocks locks)
    {
        _workspace = workspace;
        _modules = modules;
        _kinds = kinds.ToArray();
        _locks = locks;
        _resolver = new RegistrationResolver(_kinds);
    }

    /// <summary>Lists every entry of every registry file and whether ModuleGen manages it. Read-only.</summary>
    public Result<WorkspaceListResult> List() => Read().Map(state => new WorkspaceListResult(
        state.Snapshots.Select(s => s.Summary).ToArray(),
        state.Snapshots.SelectMany(s => s.EntriesOrNone).ToArray()));

    /// <summary>Checks the registry against the modules. Read-only; problems are findings, not errors.</summary>
    public Result<WorkspaceValidateResult> Validate() => Read().Map(state =>
    {
        var findings = RegistryValidator.Validate(_workspace, state.Snapshots, state.Index);
        return new WorkspaceValidateResult(findings.All(f => f.Severity != Severity.Error), state.Snapshots.Select(s => s.Summary).ToArray(), findings);
    });

    /// <summary>Registers a generated module as its answers file says.</summary>
    public Result<RegistryEditResult> Add(WorkspaceAddRequest request, CancellationToken cancellationToken = default) => Edit(request.DryRun, request.ChangeSetId, cancellationToken, editor =>
        _modules.Find(request.Module).Then(module => _resolver.Resolve(_modules.Session(), module).Then(plan => plan is null
            ? ToolError.Create(ErrorCodes.RegistryNothingToRegister, "/module", $"The module '{module.Name}' (pack '{module.Answers.Pack}') has nothing to register: its pack writes no registry entry.",
                "Only modules of packs with a workspace entry (dagster-module) are registered; nothing needs doing for this one.").WithFound(request.Module)
            : editor.Add(plan).Map(_ => $"'{plan.Registration.Module}' is already registered exactly so."))));

    /// <summary>Removes a module's blocks; a file ModuleGen created that then holds nothing else is deleted.</summary>
    public Result<RegistryEditResult> Remove(WorkspaceRemoveRequest request, CancellationToken cancellationToken = default) => Edit(request.DryRun, request.ChangeSetId, cancellationToken, editor =>
        ModuleNameParser.Parse(request.Module).Then(names =>
        {
            var module = _modules.Find(request.Module);
            var plan = module.IsOk ? _resolver.Resolve(_modules.Session(), module.Value) : null;
            var (name, id) = plan is { IsOk: true, Value: { } found } ? (found.Registration.Module, found.Registration.Id) : (module.IsOk ? module.Value.Name : names.Snake, names.Snake);
            return editor.Remove(name, id, keepEdited: false).Map(_ => $"'{name}' is not registered.");
        }));

    /// <summary>Registers every module that asked for it (the workspace add-on) and removes blocks of modules that are
    /// gone; blocks edited by hand are left alone and reported.</summary>
    /// <remarks>Reports each module it registers to <paramref name="progress"/>; a cancelled call stops before the
    /// commit, having written nothing.</remarks>
    public Result<RegistryEditResult> Sync(WorkspaceSyncRequest request, IProgress<StepProgress>? progress = null, CancellationToken cancellationToken = default) => Edit(request.DryRun, request.ChangeSetId, cancellationToken, editor =>
        ModuleIndex.Build(_modules, _resolver).Then(index =>
        {
            var errors = new List<ToolError>();
            foreach (var problem in index.Problems)
            {
                editor.Warn($"A module was skipped: {problem.Message}");
            }

            var requested = index.Plans.Where(p => p.Registration.Requested).ToList();
            for (var i = 0; i < requested.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                errors.AddRange(editor.Add(requested[i]).Errors);
                progress?.Report(new StepProgress(i + 1, requested.Count, $"planned {requested[i].Registration.Module}"));
            }

            var present = RegistryFile.Load(_workspace, _kinds);
            var stale = (present.IsOk ? present.Value : []).Where(f => f.Text is not null)
                .SelectMany(f => MarkerBlock.Scan(f.Text!, f.Kind.Comment).Regions.Select(r => r.Id))
                .Where(id => !index.IdExists(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            foreach (var id in stale)
            {
                errors.AddRange(editor.Remove(id, id, keepEdited: true).Errors);
            }

            return errors.Count > 0 ? Result<string>.Fail(errors) : Result<string>.Ok("the registry already matches the modules.");
        }));

    private Result<RegistryEditResult> Edit(bool dryRun, string? changeSetId, CancellationToken cancellationToken, Func<RegistryEditor, Result<string>> plan)
    {
        return _locks.Run(_workspace, LockKey, "a registry edit", () => RegistryFile.Load(_workspace, _kinds).Then(files =>
        {
            var editor = new RegistryEditor(files);
            return plan(editor).Then(summary => new RegistryCommit(_workspace).Finish(editor, dryRun, summary, changeSetId, cancellationToken));
        }), cancellationToken);
    }

    private Result<(IReadOnlyList<RegistrySnapshot> Snapshots, ModuleIndex Index)> Read() =>
        RegistryFile.Load(_workspace, _kinds).Then(files => ModuleIndex.Build(_modules, _resolver).Map(index =>
            ((IReadOnlyList<RegistrySnapshot>)files.Select(f => RegistrySnapshot.Of(f, index)).ToArray(), index)));
}
