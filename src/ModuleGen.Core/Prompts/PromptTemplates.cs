using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Prompts;

/// <summary>Finds a prompt or skeleton template by name ("prompts/plan.sbn"): the workspace's
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

    /// <summary>Loads a template, the workspace override first.</summary>
    public Result<TemplateText> Load(string name)
    {
        var local = workspace.Guard.Resolve($"{OverrideFolder}/{name}", "");
        if (!local.IsOk)
        {
            return Result<TemplateText>.Fail(local.Errors);
        }

        if (File.Exists(local.Value.FullPath))
        {
            return Read(local.Value.FullPath, local.Value.RelativePath).Map(text => new TemplateText(text, "workspace:" + local.Value.RelativePath));
        }

        var builtIn = Path.Join(options.BuiltInRoot, name);
        if (!File.Exists(builtIn))
        {
            return ToolError.Create(ErrorCodes.PromptTemplateMissing, "",
                $"The built-in template '{name}' is missing from the installation.",
                $"Reinstall modulegen, or provide the template as {OverrideFolder}/{name} in the workspace.") with { Found = name };
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
