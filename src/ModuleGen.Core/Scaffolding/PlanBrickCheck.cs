using ModuleGen.Core.Common;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Checks a plan brick's template inputs as scaffolding them will: the pack (its template, else its type's
/// default) exists, its add-ons are declared, combine and come with what they require, and its variables are declared
/// and hold values the pack accepts (type, pattern, choice), with the scaffold's error codes and hints. A brick of type
/// module has no pack and nothing to check.</summary>
/// <remarks>A pack variable named <c>module</c> that the brick leaves out takes the plan's module name, here and when
/// the brick is scaffolded from the plan (<see cref="Given"/>).</remarks>
public sealed class PlanBrickCheck(ModuleGenWorkspace workspace, PackCatalogue catalogue, ITemplateEngine engine) : IPlanBrickCheck
{
    /// <summary>The pack variable that defaults to the plan's module name.</summary>
    public const string ModuleVariable = "module";

    /// <inheritdoc/>
    public IReadOnlyList<ToolError> Check(string module, PlanBrick brick, string pointer)
    {
        if (brick.SubPlan is not null || (brick.Template ?? BrickTypes.DefaultTemplate(brick.Type)) is not { } template)
        {
            return [];
        }

        var pack = catalogue.Find(template, $"{pointer}/template");
        var variables = VariableValues.FromPlan(brick.Variables, $"{pointer}/variables");
        var target = workspace.Guard.Resolve(brick.TargetDir, $"{pointer}/target_dir");
        if (!pack.IsOk || !variables.IsOk || !target.IsOk)
        {
            // A target_dir the path rules refuse is theirs to report.
            return [.. pack.Errors, .. variables.Errors];
        }

        var records = AnswersRecords.Find(workspace, target.Value, pack.Value.Manifest.Name, $"{pointer}/target_dir");
        if (!records.IsOk)
        {
            return records.Errors;
        }

        var resolved = ScaffoldInputs.Resolve(workspace, engine, pack.Value, target.Value.RelativePath, records.Value.Answers.RelativePath, records.Value.Recorded,
            Given(pack.Value, variables.Value, module), brick.Addons ?? []);
        return resolved.IsOk ? [] : resolved.Errors.Select(e => Under(pointer, e)).ToArray();
    }

    /// <summary>Returns the variables a plan brick gives its pack, with the plan's module name for a declared
    /// <c>module</c> variable the brick leaves out.</summary>
    public static IReadOnlyDictionary<string, object?> Given(TemplatePack pack, IReadOnlyDictionary<string, object?> variables, string module)
    {
        if (variables.ContainsKey(ModuleVariable) || module.Length == 0 || !pack.Manifest.Variables.Any(v => v.Name == ModuleVariable))
        {
            return variables;
        }

        return new Dictionary<string, object?>(variables, StringComparer.Ordinal) { [ModuleVariable] = module };
    }

    private static ToolError Under(string prefix, ToolError error) =>
        ToolError.Create(error.Code, prefix + error.Pointer, error.Message, error.Hint) with { Found = error.Found, Location = error.Location };
}
