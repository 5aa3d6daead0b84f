using ModuleGen.Core.Common;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Modules;

/// <summary>Rebuilds module models for one operation, looking each pack up once (a workspace of a thousand modules
/// shares two or three packs).</summary>
internal sealed class ModuleModelSession(ModuleGenWorkspace workspace, PackCatalogue catalogue, ITemplateEngine engine)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Result<TemplatePack>> _packs = new(StringComparer.Ordinal);

    public ITemplateEngine Engine => engine;

    /// <summary>Finds the module's pack (refusing a missing or broken one with the module's answers file named).</summary>
    public Result<TemplatePack> PackOf(GeneratedModule module)
    {
        var pack = _packs.GetOrAdd(module.Answers.Pack, name => catalogue.Find(name, "/pack"));

        return pack.IsOk
            ? pack
            : ToolError.Create(ErrorCodes.ModuleAnswersInvalid, "/module", $"The answers file '{module.AnswersPath}' names the pack '{Preview.Of(module.Answers.Pack)}', which cannot be used: {pack.Errors[0].Message}",
                "Make the pack available again (list_templates shows what is), or re-scaffold the module.").WithFound(module.Answers.Pack);
    }

    /// <summary>Rebuilds the model and wraps it in the context the scaffold's planners use (conditions, destination paths).</summary>
    public Result<ScaffoldContext> Context(GeneratedModule module, IReadOnlyDictionary<string, object?>? overrides = null) =>
        Model(module, overrides).Then(model => workspace.Guard.Resolve(module.Folder, "/module").Map(target =>
            new ScaffoldContext(workspace, engine, model.Pack, model.Model, target, ConflictPolicy.Fail, module.Answers)));

    /// <summary>Rebuilds the model; <paramref name="overrides"/> replace recorded values (e.g. a deployment's settings).</summary>
    public Result<ModuleModel> Model(GeneratedModule module, IReadOnlyDictionary<string, object?>? overrides = null) => PackOf(module).Then(pack =>
    {
        var declared = pack.Manifest.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var given = module.Answers.Variables.Where(v => declared.Contains(v.Key) && v.Value is not null).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        foreach (var (name, value) in overrides ?? new Dictionary<string, object?>())
        {
            given[name] = value;
        }

        var chosen = module.Answers.Addons.ToHashSet(StringComparer.Ordinal);
        var pins = SiblingPins.Read(workspace, module.Folder);
        if (!pins.IsOk)
        {
            return Result<ModuleModel>.Fail(pins.Errors);
        }

        var model = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["addons"] = pack.Manifest.Addons.ToDictionary(a => a.Name, a => (object?)chosen.Contains(a.Name), StringComparer.Ordinal),
            ["pack"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = pack.Manifest.Name, ["version"] = pack.Manifest.Version },
            ["target_dir"] = module.Folder,
            [SiblingPins.ModelName] = pins.Value,
            [Registry.RegistryModel.ModelName] = Registry.RegistryModel.Read(workspace),
        };
        var resolver = new VariableResolver(engine, new PortAllocator(workspace, module.AnswersPath), module.Answers, $"{pack.Label}/{PackManifestLoader.FileName}");
        var variables = resolver.Resolve(pack.Manifest, given, model);
        return variables.IsOk
            ? Result<ModuleModel>.Ok(new ModuleModel(module, pack, model, variables.Value))
            : Result<ModuleModel>.Fail(variables.Errors.Select(e =>
                ToolError.Create(e.Code, e.Pointer, $"{module.AnswersPath}: {e.Message}", e.Hint) with { Found = e.Found, Location = e.Location }).ToArray());
    });
}
