using ModuleGen.Core.Templates;
using System.Text.Json;
using ModuleGen.Core.Common;
using ModuleGen.Core.Execution;
using ModuleGen.Core.Prompts;

namespace ModuleGen.Core.Bricks;

/// <summary>Renders the contract and spec skeletons of a brick (templates/specs/*.md.sbn, overridable per workspace):
/// purpose, public API, data models, errors, configuration and tests sections, filled with the brick's name,
/// description, module, type and folder.</summary>
public sealed class BrickSkeletons(PromptTemplates templates, ITemplateEngine engine)
{
    /// <summary>Renders the contract skeleton.</summary>
    public Result<string> Contract(ExpandedBrick brick) => Render(PromptTemplates.ContractSkeleton, brick);

    /// <summary>Renders the spec skeleton.</summary>
    public Result<string> Spec(ExpandedBrick brick) => Render(PromptTemplates.SpecSkeleton, brick);

    private Result<string> Render(string name, ExpandedBrick brick) =>
        templates.Load(name).Then(template => engine.Render(new TemplateSource(template.Origin, template.Text), Model(brick)));

    private static Dictionary<string, object?> Model(ExpandedBrick brick)
    {
        var b = brick.Brick;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["module"] = brick.Module,
            ["contract_path"] = b.ContractPath,
            ["spec_path"] = b.SpecPath,
            ["brick"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = b.Name,
                ["qualified_name"] = brick.Name,
                ["description"] = b.Description.ReplaceLineEndings("\n"),
                ["type"] = b.Type,
                ["target_dir"] = b.TargetDir,
                ["template"] = b.Template,
                ["depends_on"] = b.DependsOn is { Count: > 0 } d ? d.Select(x => (object?)x).ToList() : null,
                ["files"] = b.Files is { Count: > 0 } f ? f.Select(x => (object?)x).ToList() : null,
                ["addons"] = b.Addons is { Count: > 0 } a ? a.Select(x => (object?)x).ToList() : null,
                ["variables"] = b.Variables is null ? null : b.Variables.ToDictionary(p => p.Key, p => TemplateModel.From(p.Value), StringComparer.Ordinal),
            },
        };
    }
}
