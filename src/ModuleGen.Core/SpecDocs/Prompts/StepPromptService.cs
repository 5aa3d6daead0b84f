using System.Globalization;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs.Prompts;

/// <summary>Renders the pipeline's step prompts: picks the template (the workspace's override first, then the built-in
/// one), builds the module's context (names, prefix, docs, current check_docs findings) and renders it.</summary>
public sealed class StepPromptService(ModuleGenWorkspace workspace, DocumentSetLoader loader, SpecDocsChecker checker, IPromptTemplateRenderer renderer, StepPromptOptions options)
{
    public Result<RenderedStepPrompt> Render(RenderStepPromptRequest request)
    {
        if (StepPrompt.All.FirstOrDefault(p => p.Name == request.Prompt) is not { } prompt)
        {
            return ToolError.Create(ErrorCodes.ArgumentInvalid, "/name", $"'{Preview.Of(request.Prompt, 40)}' is not a step prompt.",
                $"Use one of: {string.Join(", ", StepPrompt.All.Select(p => p.Name))}.").WithFound(request.Prompt);
        }

        return Phase(request.Phase, prompt).Then(phase =>
            Template(prompt).Then(template =>
                loader.Locate(request.Module).Then(docs => Model(docs, phase).Map(model =>
                    new RenderedStepPrompt(prompt.Name, prompt.Title, renderer.Render(template.Text, model), template.Source)))));
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

    private Result<(string Text, string Source)> Template(StepPrompt prompt)
    {
        var local = workspace.Guard.Resolve($"{options.OverrideFolder}/{prompt.Template}", "/config/templates");
        if (!local.IsOk)
        {
            return Result<(string, string)>.Fail(local.Errors);
        }

        var (path, source) = File.Exists(local.Value.FullPath)
            ? (local.Value.FullPath, local.Value.RelativePath)
            : (Path.Join(options.BuiltInFolder, prompt.Template), "built-in:" + prompt.Template);
        try
        {
            return Result<(string, string)>.Ok((File.ReadAllText(path), source));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ToolError.Create(ErrorCodes.DocsPromptTemplateMissing, "/name", $"The template {prompt.Template} of prompt {prompt.Name} cannot be read.",
                $"Reinstall modulegen (templates ship beside the executable) or add {options.OverrideFolder}/{prompt.Template} to the workspace.").WithFound(prompt.Template);
        }
    }
}
