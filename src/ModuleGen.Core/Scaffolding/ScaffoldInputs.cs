using ModuleGen.Core.Common;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Checks a scaffold's inputs against its pack and builds the model its templates see: add-ons first, then
/// each variable in declaration order (defaults rendered over earlier ones, ports allocated or reused). Scaffold,
/// update and the plan check share it, so a plan is refused for exactly what scaffolding it would refuse.</summary>
internal static class ScaffoldInputs
{
    /// <summary>Resolves the inputs for <paramref name="targetDir"/> (workspace-relative); every problem is reported at
    /// <c>/addons/&lt;i&gt;</c> or <c>/variables/&lt;name&gt;</c>.</summary>
    public static Result<Resolved> Resolve(ModuleGenWorkspace workspace, ITemplateEngine engine, TemplatePack pack, string targetDir, string answersPath,
        AnswersFile? recorded, IReadOnlyDictionary<string, object?> given, IReadOnlyList<string> requestedAddons)
    {
        var addons = AddonValidator.Validate(pack.Manifest, requestedAddons);
        var chosen = addons.IsOk ? addons.Value : [];
        var pins = SiblingPins.Read(workspace, targetDir);
        if (!pins.IsOk)
        {
            return Result<Resolved>.Fail(pins.Errors);
        }

        var model = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["addons"] = pack.Manifest.Addons.ToDictionary(a => a.Name, a => (object?)chosen.Contains(a.Name), StringComparer.Ordinal),
            ["pack"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = pack.Manifest.Name, ["version"] = pack.Manifest.Version },
            ["target_dir"] = targetDir,
            [SiblingPins.ModelName] = pins.Value,
            [Registry.RegistryModel.ModelName] = Registry.RegistryModel.Read(workspace),
        };
        var resolver = new VariableResolver(engine, new PortAllocator(workspace, answersPath), recorded, $"{pack.Label}/{PackManifestLoader.FileName}",
            SiblingPins.Packages(workspace, targetDir));
        var variables = resolver.Resolve(pack.Manifest, given, model);
        return !addons.IsOk || !variables.IsOk
            ? Result<Resolved>.Fail(addons.Errors.Concat(variables.Errors).ToArray())
            : Result<Resolved>.Ok(new Resolved(chosen, variables.Value, model, resolver.Notes));
    }

    /// <summary>The add-ons chosen (sorted), the values used, the template model and what the user should know about the
    /// values (a version raised to the pack's minimum).</summary>
    internal sealed record Resolved(IReadOnlyList<string> Addons, IReadOnlyList<ResolvedVariable> Variables, Dictionary<string, object?> Model, IReadOnlyList<string> Notes);
}
