using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Prompts;

/// <summary>Finds a prompt or skeleton template by name ("prompts/plan.sbn"). A prompt's text is what the model is
/// told to do, so it never comes from the repository: the user's own templates folder
/// (<see cref="PromptTemplateOptions.UserRoot"/>, never one inside the workspace), else the built-in one. A brick
/// document skeleton ("specs/…") only shapes a file written into the workspace: the workspace's
/// .modulegen/templates/&lt;name&gt; when it exists (read through the path guard), else the built-in one.</summary>
public sealed class PromptTemplates(ModuleGenWorkspace workspace, PromptTemplateOptions options)
{
    public const string OverrideFolder = ".modulegen/templates";

    /// <summary>The largest template read, in bytes.</summary>
    public const int MaxTemplateBytes = 256 * 1024;

    public const string PlanPrompt = "prompts/plan.sbn";
    public const string CreateModulePrompt = "prompts/create_module.sbn";
    public const string ContractSkeleton = "specs/contract.md.sbn";
    public const string SpecSkeleton = "specs/impl_spec.md.sbn";

    /// <summary>Loads a template: a prompt from the user's templates folder, a skeleton from the workspace's; else the built-in one.</summary>
    public Result<TemplateText> Load(string name)
    {
        if (name.StartsWith("prompts/", StringComparison.Ordinal))
        {
            return options.UserRoot is { } user && !UserConfigFolder.IsInside(user, workspace.Guard.Root) && File.Exists(Path.Join(user, name))
                ? Read(Path.Join(user, name), name).Map(text => new TemplateText(text, "user:" + name))
                : BuiltIn(name);
        }

        var local = workspace.Guard.Resolve($"{OverrideFolder}/{name}", "");
        if (!local.IsOk)
        {
            return Result<TemplateText>.Fail(local.Errors);
        }

        if (File.Exists(local.Value.FullPath))
        {
            return Read(local.Value.FullPath, local.Value.RelativePath).Map(text => new TemplateText(text, "workspace:" + local.Value.RelativePath));
        }

        return BuiltIn(name);
    }

    private Result<TemplateText> BuiltIn(string name)
    {
        var builtIn = Path.Join(options.BuiltInRoot, name);
        if (!File.Exists(builtIn))
        {
            return ToolError.Create(ErrorCodes.PromptTemplateMissing, "",
                $"The built-in template '{name}' is missing from the installation.",
                $"Reinstall modulegen{(name.StartsWith("prompts/", StringComparison.Ordinal) ? "" : $", or provide the template as {OverrideFolder}/{name} in the workspace")}.") with { Found = name };
        }

        return Read(builtIn, name).Map(text => new TemplateText(text, "built-in:" + name));
    }

    private static Result<string> Read(string path, string label)
    {
        try
        {
            if (new FileInfo(path).Length > MaxTemplateBytes)
            {
                return ToolError.Create(ErrorCodes.PromptTemplateInvalid, "", $"The template '{label}' is over {MaxTemplateBytes} bytes.",
                    "Keep prompt templates short; put long reference text in documents the prompt names.") with { Found = label };
            }

            return Result<string>.Ok(File.ReadAllText(path).ReplaceLineEndings("\n"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ToolError.Create(ErrorCodes.ReadFailed, "", $"Could not read the template '{label}': {ex.Message}", "Check the file's permissions.") with { Found = label };
        }
    }
}
