using ModuleGen.Core.Common;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Prompts;

/// <summary>Renders the create_module prompt (templates/prompts/create_module.sbn, or the workspace's override): the
/// whole flow from a user's request to a verified module, in terms of the ModuleGen tools.</summary>
public sealed class CreateModulePromptService(ModuleGenWorkspace workspace, PromptTemplates templates, ITemplateEngine engine)
{
    /// <summary>The longest request accepted, in characters.</summary>
    public const int MaxRequestLength = 16 * 1024;

    /// <summary>Renders the prompt for a request such as "a module that syncs invoices from Stripe".</summary>
    public Result<string> Render(string? request)
    {
        if (string.IsNullOrWhiteSpace(request))
        {
            return ToolError.Missing("/request", "request");
        }

        if (request.Length > MaxRequestLength)
        {
            return ToolError.Create(ErrorCodes.ArgumentInvalid, "/request", $"The request is {request.Length} characters long; at most {MaxRequestLength} are accepted.",
                "Describe the module in a paragraph; put details into its contract and spec later.") with { Found = $"({request.Length} chars)" };
        }

        var paths = workspace.Config.Paths;
        return templates.Load(PromptTemplates.CreateModulePrompt).Then(template => engine.Render(new TemplateSource(template.Origin, template.Text),
            new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["request"] = request.ReplaceLineEndings("\n").Trim().Replace("\n", "\n> ", StringComparison.Ordinal),
                ["plans"] = paths.Plans,
                ["brick_docs"] = paths.BrickDocs,
                ["run_logs"] = paths.RunLogs,
            }));
    }
}
