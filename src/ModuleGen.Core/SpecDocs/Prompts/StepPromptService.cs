using System.Globalization;
using ModuleGen.Core.Common;
using ModuleGen.Core.Prompts;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs.Prompts;

/// <summary>Renders the pipeline's step prompts: picks the template through <see cref="PromptTemplates"/> (the
/// workspace's .modulegen/templates/prompts/steps override first, then the built-in one), builds the module's context (names, prefix, docs, current check_docs findings) and renders it.</summary>
public sealed class StepPromptService(ModuleGenWorkspace workspace, DocumentSetLoader loader, SpecDocsChecker checker, PromptTemplates templates, ITemplateEngine engine)
{
    public Result<RenderedStepPrompt> Render(RenderStepPromptRequest request)
    {
        if (StepPrompt.All.FirstOrDefault(p => p.Name == request.Prompt) is not { } prompt)
        {
            return ToolError.Create(ErrorCodes.ArgumentInvalid, "/name", $"'{Preview.Of(request.Prompt, 40)}' is not a step prompt.",
                $"Use one of: {string.Join(", ", StepPrompt.All.Select(p => p.Name))}.").WithFound(request.Prompt);
        }

        return Phase(request.Phase, prompt).Then(phase =>
            templates.Load($"prompts/steps/{prompt.Template}").Then(template =>
                loader.Locate(request.Module).Then(docs => Model(docs, phase).Then(model =>
                    engine.Render(new TemplateSource(template.Origin, template.Text), model).Map(text =>
                        new RenderedStepPrompt(prompt.Name, prompt.Title, text, template.Origin))))));
    }

    private Result<IReadOnlyDictionary<string, object?>> Model(ModuleDocs docs, int phase)
    {
        if (!Directory.Exists(docs.Folder.FullPath))
        {
            return Result<IReadOnlyDictionary<string, object?>>.Ok(StepPromptModel.Build(docs, phase, null, workspace.Config));
        }

        return loader.Load(docs).Map(set => StepPromptModel.Build(docs, phase, checker.Report(set), workspace.Config));
    }

    private static Result<int> Phase(string? text, StepPrompt prompt)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<int>.Ok(1);
        }

        return prompt.UsesPhase && int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var phase) && phase is >= 1 and <= 999
            ? Result<int>.Ok(phase)
            : ToolError.Create(ErrorCodes.DocsBadPhase, "/arguments/phase",
                prompt.UsesPhase ? $"'{Preview.Of(text, 20)}' is not a phase number." : $"{prompt.Name} takes no phase.",
                prompt.UsesPhase ? "Pass a phase number such as 1 or 2." : "Leave the phase argument out.").WithFound(text);
    }
}
