using System.Text.Json;
using ModuleGen.Core.Common;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Context;
using ModuleGen.Core.Json;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Prompts;

/// <summary>Renders the canonical plan prompt (templates/prompts/plan.sbn, or the workspace's override) from the
/// module's context, its contract and spec, and the plan JSON schema. Read-only and deterministic: the same inputs
/// give the same bytes.</summary>
public sealed class PlanPromptService(ModuleGenWorkspace workspace, ContextBuilder contexts, PromptTemplates templates, ITemplateEngine engine)
{
    /// <summary>Renders the prompt, or reports every problem with the module name, the contract and the spec.</summary>
    public Result<RenderPlanPromptResult> Render(RenderPlanPromptRequest request)
    {
        var context = contexts.Build(new BuildContextRequest(request.Module));
        var contract = PromptDocument.Read(workspace.Guard, "contract", request.ContractPath, request.ContractText);
        var spec = PromptDocument.Read(workspace.Guard, "spec", request.SpecPath, request.SpecText);
        var errors = context.Errors.Concat(contract.Errors).Concat(spec.Errors).ToArray();
        if (errors.Length > 0)
        {
            return Result<RenderPlanPromptResult>.Fail(errors);
        }

        if (request.EmbedDocuments)
        {
            contract.Value["embedded"] = true;
            spec.Value["embedded"] = true;
        }

        return templates.Load(PromptTemplates.PlanPrompt).Then(template =>
            engine.Render(new TemplateSource(template.Origin, template.Text), Model(context.Value, contract.Value, spec.Value)).Map(prompt =>
                new RenderPlanPromptResult(context.Value.Module.Snake, prompt, (prompt.Length + 3) / 4, template.Origin)));
    }

    private Dictionary<string, object?> Model(GenContext context, Dictionary<string, object?> contract, Dictionary<string, object?> spec)
    {
        var full = (Dictionary<string, object?>)TemplateModel.From(JsonSerializer.SerializeToElement(context, JsonDefaults.Context.GenContext))!;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["module"] = full["module"],
            ["context"] = full,
            ["stacks"] = context.Stacks.Select(s => (object?)s.Name).ToList(),
            ["existing_modules"] = full["existing_modules"],
            // A pack's description is the pack author's text (a workspace pack's comes from the repository): quoted data.
            ["templates"] = ((List<object?>)full["templates"]!).Cast<Dictionary<string, object?>>()
                .Select(t => (object?)new Dictionary<string, object?>(t, StringComparer.Ordinal) { ["quoted_description"] = DoubleQuoted.Of(Preview.Of((string?)t["description"], 200)) })
                .ToList(),
            ["suggested_target_dir"] = context.Artifacts.SuggestedTargetDir,
            ["target_dir_exists"] = context.Artifacts.TargetDirExists,
            ["brick_docs_dir"] = $"{workspace.Config.Paths.BrickDocs}/{context.Module.Snake}",
            ["plans_dir"] = workspace.Config.Paths.Plans,
            ["brick_types"] = BrickTypes.Known.Select(t => (object?)t).ToList(),
            ["max_bricks"] = PlanLimits.MaxBricks,
            ["contract"] = contract,
            ["spec"] = spec,
            ["schema"] = s_compactSchema,
        };
    }

    // The schema on one line: the prompt is read into the model's context, where indentation costs as much as content.
    private static readonly string s_compactSchema = Compact(PlanSchema.Text);

    private static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.RootElement.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
