using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Prompts;

/// <summary>Renders Handlebars templates strictly: no HTML escaping (output is Markdown and code, not HTML), and a
/// variable the model does not define fails the render with <see cref="ErrorCodes.PromptVariableMissing"/>.</summary>
/// <remarks>Deliberately minimal (compile and render, no helpers or partials) so it can later be unified with the
/// template-pack engine.</remarks>
public sealed class PromptRenderer : ITextTemplateRenderer
{
    /// <inheritdoc/>
    public Result<string> Render(string template, string templateName, IReadOnlyDictionary<string, object?> model)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            NoEscape = true,
        });
        try
        {
            var compiled = handlebars.Compile(template.ReplaceLineEndings("\n"));
            return Result<string>.Ok(compiled(model));
        }
        catch (HandlebarsUndefinedBindingException ex)
        {
            return ToolError.Create(ErrorCodes.PromptVariableMissing, "",
                $"The template '{templateName}' uses a variable the renderer does not provide: {ex.Message}.",
                "Use only the variables the default template uses (a workspace override in .modulegen/templates must keep to them), or fix the spelling.") with
            {
                Found = ex.MissingKey,
            };
        }
        catch (HandlebarsException ex)
        {
            return ToolError.Create(ErrorCodes.PromptTemplateInvalid, "",
                $"The template '{templateName}' is not valid Handlebars: {Preview.Of(ex.Message, 300)}",
                "Fix the template syntax: every {{#block}} needs its {{/block}}, and every '{{' its '}}'.") with
            {
                Found = templateName,
            };
        }
    }
}
