using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Carries what every planning step of one scaffold needs: the workspace, the engine, the pack, the model
/// (variables, add-ons, pack, target_dir), the target folder, the conflict policy and the target's earlier answers.</summary>
internal sealed record ScaffoldContext(
    ModuleGenWorkspace Workspace,
    ITemplateEngine Engine,
    TemplatePack Pack,
    IReadOnlyDictionary<string, object?> Model,
    WorkspacePath Target,
    ConflictPolicy Policy,
    AnswersFile? Recorded)
{
    public string ManifestLabel => $"{Pack.Label}/{PackManifestLoader.FileName}";

    /// <summary>Evaluates a manifest condition (null: always) against the chosen add-ons and the variables.</summary>
    public bool Holds(string? condition)
    {
        if (condition is null)
        {
            return true;
        }

        var addons = (IReadOnlyDictionary<string, object?>)Model["addons"]!;
        var parsed = ConditionExpression.Parse(condition);
        return parsed.IsOk && parsed.Value.Evaluate(name => addons.TryGetValue(name, out var chosen) ? chosen : Model.GetValueOrDefault(name));
    }
}
