using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using ModuleGen.Core.Modules;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Deployment;

/// <summary>Writes a named deployment of a generated module — deploy/&lt;name&gt;.yaml and deploy/&lt;name&gt;.sh, rendered
/// from the module pack's deploy-git / deploy-rsync templates with the validated settings — and records it in the
/// module's answers file. All three files are written in one transaction or none; the same call again changes nothing;
/// a deployment file edited by hand is never overwritten.</summary>
public sealed partial class DeploymentService(ModuleGenWorkspace workspace, GeneratedModules modules, KeyedLocks locks)
{
    /// <summary>Configures (or updates) the deployment; nothing is written when any input is refused.</summary>
    public Result<ConfigureDeploymentResult> Configure(ConfigureDeploymentRequest request, CancellationToken cancellationToken = default)
    {
        var name = CheckName(request.Name);
        var strategy = CheckStrategy(request.Strategy);
        var module = modules.Find(request.Module);
        if (!name.IsOk || !strategy.IsOk || !module.IsOk)
        {
            return Result<ConfigureDeploymentResult>.Fail([.. module.Errors, .. name.Errors, .. strategy.Errors]);
        }

        // The scaffold's key: a scaffold of the module rewrites the answers file that records the deployments.
        return locks.Run(workspace, KeyedLocks.WorkspaceFiles, "configure_deployment", () =>
        {
            var session = modules.Session();
            return session.PackOf(module.Value)
                .Then(pack => SupportedBy(pack, strategy.Value).Then(files => SettingsValidator.Validate(strategy.Value, request.Settings, pack.Manifest).Then(settings =>
                    session.Context(module.Value, new Dictionary<string, object?>(settings.Overrides) { [DeploymentSchema.NameVariable] = name.Value })
                        .Then(context => DeploymentPlanner.Plan(context, module.Value, files, name.Value, strategy.Value, settings))
                        .Then(plan => Apply(module.Value, name.Value, strategy.Value, settings, plan, request.DryRun, cancellationToken)))));
        }, cancellationToken);
    }

    private Result<ConfigureDeploymentResult> Apply(GeneratedModule module, string name, string strategy, ValidatedSettings settings, IReadOnlyList<PlannedChange> plan, bool dryRun, CancellationToken cancellationToken)
    {
        var changed = plan.Where(c => c.Kind != ChangeKind.Unchanged).ToArray();
        var deployments = AnswersFileFormat.Read(plan[^1].NewText)!.Deployments.Select(d => d.Name).ToArray();
        var message = changed.Length == 0 ? $"Nothing to do: the deployment '{name}' already has exactly these files."
            : dryRun ? $"Dry run: {changed.Length} file(s) would be written. Nothing was written." : $"Wrote {changed.Length} file(s).";
        var result = new ConfigureDeploymentResult(module.Name, name, strategy, dryRun, changed.Length > 0, plan.Select(c => c.ToFileChange(dryRun)).ToArray(), settings.Shown, deployments, message);
        if (dryRun || changed.Length == 0)
        {
            return Result<ConfigureDeploymentResult>.Ok(result);
        }

        var writes = new List<PendingWrite>();
        foreach (var change in changed)
        {
            var path = workspace.Guard.Resolve(change.Path, "/name");
            if (!path.IsOk)
            {
                return Result<ConfigureDeploymentResult>.Fail(path.Errors);
            }

            writes.Add(new PendingWrite(path.Value, change.NewText, change.OldText));
        }

        // A cancelled call stops here, before the commit; once the commit starts it completes and answers.
        cancellationToken.ThrowIfCancellationRequested();
        var id = ContentHash.Of(string.Join("\n", writes.Select(w => $"{w.Path.RelativePath}\n{ContentHash.Of(w.Content)}")))[..16];
        return new FileTransaction(workspace, $"the deployment '{name}'", ErrorCodes.DeployCommitFailed).Commit(writes, id, _ => { }).Map(_ => result);
    }

    private static Result<IReadOnlyList<PackFile>> SupportedBy(TemplatePack pack, string strategy)
    {
        var addon = DeploymentSchema.AddonOf(strategy);
        var files = pack.Manifest.Files.Where(f => f.When?.SoleAddon == addon).ToArray();
        var missing = DeploymentSchema.For(strategy).Select(s => s.Variable).Append(DeploymentSchema.NameVariable).Append(DeploymentSchema.EnvVariable)
            .Where(v => pack.Manifest.Variables.All(d => d.Name != v)).ToArray();
        if (files.Length == 0 || missing.Length > 0 || files.Select(f => Path.GetExtension(f.Destination)).Distinct(StringComparer.Ordinal).Count() != files.Length)
        {
            return ToolError.Create(ErrorCodes.DeployStrategyUnsupported, "/strategy", $"The pack '{pack.Manifest.Name}' of this module has no usable '{addon}' deployment files{(missing.Length > 0 ? $" (it lacks the variables {string.Join(", ", missing)})" : "")}.",
                "Deployments need a pack with deploy templates (dagster-module); this module cannot be deployed through ModuleGen.").WithFound(strategy);
        }

        return Result<IReadOnlyList<PackFile>>.Ok(files);
    }

    private static Result<string> CheckName(string? name) =>
        name is not null && DeploymentName().IsMatch(name) && !ReservedNames.IsDeviceName(name)
            ? Result<string>.Ok(name)
            : ToolError.Create(ErrorCodes.DeployNameInvalid, "/name", $"'{Preview.Of(name)}' is not a deployment name: it becomes a file name (deploy/<name>.yaml), so it must be 1-64 lowercase letters, digits, '_' or '-', starting with a letter, and not a reserved device name.",
                "Pass a name such as 'production' or 'staging-eu'.").WithFound(name);

    private static Result<string> CheckStrategy(string? strategy) =>
        strategy is not null && DeploymentSchema.Strategies.Contains(strategy)
            ? Result<string>.Ok(strategy)
            : ToolError.Create(ErrorCodes.DeployStrategyUnknown, "/strategy", $"'{Preview.Of(strategy)}' is not a deployment strategy.", $"Pass one of: {string.Join(", ", DeploymentSchema.Strategies)}.").WithFound(strategy);

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,63}$")]
    private static partial Regex DeploymentName();
}
