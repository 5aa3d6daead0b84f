using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Holds a scaffold computed up to the point of writing: the pack, the target, the values, the change set and
/// the model the templates saw.</summary>
internal sealed record PlannedScaffold(
    TemplatePack Pack,
    WorkspacePath Target,
    IReadOnlyList<ResolvedVariable> Variables,
    IReadOnlyList<string> Addons,
    ChangeSet Set,
    string AnswersPath,
    IReadOnlyDictionary<string, object?> Model)
{
    /// <summary>Gets what the user should know beside the files (a version raised to the pack's minimum, a registry
    /// entry to add by hand).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Builds the answers file for this render; deployments belong to configure_deployment and migration steps to
    /// update_module, so they are kept.</summary>
    public AnswersFile Answers(AnswersFile? recorded) =>
        new(Pack.Manifest.Name, Pack.Manifest.Version, Variables.Select(v => new KeyValuePair<string, object?>(v.Name, Model[v.Name])).ToArray(), Addons, Set.FileHashes, Set.Injections)
        {
            Deployments = recorded?.Deployments ?? [],
            Migrations = recorded?.Migrations ?? [],
        };
}
