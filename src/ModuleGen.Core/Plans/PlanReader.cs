using System.Text.Json;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Plans;

/// <summary>Reads a plan object into a <see cref="ModulePlan"/>, checking every field's shape and collecting every
/// problem in one pass; the semantic rules (names, paths, dependencies) are <see cref="PlanValidator"/>'s.</summary>
public static class PlanReader
{
    private static readonly HashSet<string> s_planFields = new(StringComparer.Ordinal) { "module", "created_at", "claude_session", "bricks" };

    private static readonly HashSet<string> s_brickFields = new(StringComparer.Ordinal)
    {
        "name", "description", "contract_path", "spec_path", "target_dir", "type",
        "depends_on", "template", "variables", "addons", "files", "plan",
    };

    /// <summary>Reads <paramref name="root"/>, which <see cref="PlanInput"/> has already bounded in size.</summary>
    public static PlanReading Read(JsonElement root)
    {
        var errors = new List<ToolError>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(JsonObjectReader.WrongType("", "a JSON object", root, PlanFieldHints.Bricks));
            return new PlanReading(new ModulePlan { Module = "", Bricks = [] }, errors);
        }

        var fields = new JsonObjectReader(root, "", s_planFields, errors);
        var plan = new ModulePlan
        {
            Module = fields.RequiredString("module", PlanFieldHints.Module),
            CreatedAt = fields.OptionalString("created_at", PlanFieldHints.CreatedAt),
            ClaudeSession = fields.OptionalString("claude_session", PlanFieldHints.ClaudeSession),
            Bricks = ReadBricks(fields.RequiredArray("bricks", PlanFieldHints.Bricks), errors),
            Extensions = fields.Unknown(),
        };
        return new PlanReading(plan, errors);
    }

    private static IReadOnlyList<PlanBrick> ReadBricks(JsonElement? array, List<ToolError> errors)
    {
        if (array is not { } bricks)
        {
            return [];
        }

        var count = bricks.GetArrayLength();
        if (count == 0)
        {
            errors.Add(ToolError.Create(ErrorCodes.PlanBricksEmpty, "/bricks", "The plan has no bricks.", PlanFieldHints.Bricks));
            return [];
        }

        if (count > PlanLimits.MaxBricks)
        {
            errors.Add(ToolError.Create(ErrorCodes.PlanTooManyBricks, "/bricks", $"The plan has {count} bricks; at most {PlanLimits.MaxBricks} are accepted.",
                "Group related work into fewer, larger bricks, or move a group into a sub-plan referenced by one brick's 'plan'.") with
            {
                Found = $"{count} bricks",
            });
            return [];
        }

        var result = new List<PlanBrick>(count);
        var index = 0;
        foreach (var item in bricks.EnumerateArray())
        {
            var pointer = PlanPointer.Brick(index++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add(JsonObjectReader.WrongType(pointer, "an object", item, PlanFieldHints.Brick));
                result.Add(new PlanBrick { Name = "", Description = "", ContractPath = "", SpecPath = "", TargetDir = "", Type = "" });
                continue;
            }

            result.Add(ReadBrick(new JsonObjectReader(item, pointer, s_brickFields, errors)));
        }

        return result;
    }

    private static PlanBrick ReadBrick(JsonObjectReader fields) => new()
    {
        Name = fields.RequiredString("name", PlanFieldHints.Name),
        Description = fields.RequiredString("description", PlanFieldHints.Description),
        ContractPath = fields.RequiredString("contract_path", PlanFieldHints.ContractPath),
        SpecPath = fields.RequiredString("spec_path", PlanFieldHints.SpecPath),
        TargetDir = fields.RequiredString("target_dir", PlanFieldHints.TargetDir),
        Type = fields.RequiredString("type", PlanFieldHints.Type),
        DependsOn = fields.OptionalStringList("depends_on", PlanFieldHints.DependsOn),
        Template = fields.OptionalString("template", PlanFieldHints.Template),
        Variables = fields.OptionalObject("variables", PlanFieldHints.Variables),
        Addons = fields.OptionalStringList("addons", PlanFieldHints.Addons),
        Files = fields.OptionalStringList("files", PlanFieldHints.Files),
        SubPlan = fields.OptionalString("plan", PlanFieldHints.SubPlan),
        Extensions = fields.Unknown(),
    };
}
