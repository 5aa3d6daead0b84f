using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;

namespace ModuleGen.Core.Modules;

/// <summary>Holds what a module's templates see, rebuilt from its answers file: the pack, and a model of the recorded
/// variables (the pack's defaults fill any it declared since), the recorded add-ons, pack and target_dir.</summary>
/// <param name="Module">The module.</param>
/// <param name="Pack">The pack named in its answers file.</param>
/// <param name="Model">The template model.</param>
/// <param name="Variables">The values in force, in declaration order.</param>
internal sealed record ModuleModel(GeneratedModule Module, TemplatePack Pack, IReadOnlyDictionary<string, object?> Model, IReadOnlyList<ResolvedVariable> Variables)
{
    public string ManifestLabel => $"{Pack.Label}/{PackManifestLoader.FileName}";
}
