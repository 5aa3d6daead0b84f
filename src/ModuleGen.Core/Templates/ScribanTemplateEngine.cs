using System.Collections.Concurrent;
using ModuleGen.Core.Common;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace ModuleGen.Core.Templates;

/// <summary>Renders templates with Scriban inside <see cref="TemplateSandbox"/>. Before rendering, every model name the
/// template reads is checked against the model, so all undefined names are reported at once (also in branches that
/// would not render); members and everything else are checked strictly while rendering.</summary>
/// <remarks>Parsed templates are cached by file and text, so rendering a pack again costs only the execution.</remarks>
public sealed class ScribanTemplateEngine : ITemplateEngine
{
    private const int MaxCachedTemplates = 1024;

    private readonly ConcurrentDictionary<(string Name, string Text), Template> _parsed = new();

    /// <inheritdoc/>
    public Result<TemplateCheck> Check(TemplateSource template, IReadOnlyDictionary<string, object?> model) =>
        Checked(template, model).Map(c => c.Check);

    /// <inheritdoc/>
    public Result<string> Render(TemplateSource template, IReadOnlyDictionary<string, object?> model)
    {
        if (!template.Text.Contains("{{", StringComparison.Ordinal))
        {
            return Result<string>.Ok(template.Text);
        }

        var check = Checked(template, model);
        if (!check.IsOk)
        {
            return Result<string>.Fail(check.Errors);
        }

        try
        {
            using var budget = TemplateSandbox.StartRender();
            return Result<string>.Ok(check.Value.Parsed.Render(TemplateSandbox.Create(model, template.Includes, budget.Token)));
        }
        catch (ScriptRuntimeException ex)
        {
            return Refused(template, ex);
        }
    }

    private Result<(Template Parsed, TemplateCheck Check)> Checked(TemplateSource template, IReadOnlyDictionary<string, object?> model)
    {
        var parsed = Parse(template);
        if (!parsed.IsOk)
        {
            return Result<(Template, TemplateCheck)>.Fail(parsed.Errors);
        }

        var names = TemplateNames.Of(parsed.Value.Page!);
        var errors = names.Reads
            .Where(read => !model.ContainsKey(read.Name) && !names.Assigned.Contains(read.Name) && !TemplateSandbox.IsBuiltin(read.Name))
            .Select(read => ToolError.Create(ErrorCodes.TemplateUndefinedVariable, "", $"{template.Name} uses '{read.Name}', which the model does not have.",
                $"Use one of: {string.Join(", ", model.Keys.Order(StringComparer.Ordinal))}.") with { Found = read.Name, Location = Locate(template, read.Span) })
            .ToList();
        return errors.Count > 0
            ? Result<(Template, TemplateCheck)>.Fail(errors)
            : Result<(Template, TemplateCheck)>.Ok((parsed.Value, new TemplateCheck(names.Reads.Select(r => r.Name).Where(model.ContainsKey).Distinct().Order(StringComparer.Ordinal).ToArray())));
    }

    /// <summary>Turns a runtime refusal into an error at the template location (or at the included file's).</summary>
    internal static ToolError Refused(TemplateSource template, ScriptRuntimeException ex)
    {
        if (ex is Scriban.Syntax.ScriptAbortException)
        {
            return ToolError.Create(ErrorCodes.TemplateRenderFailed, "", $"Rendering {template.Name} took longer than its time budget ({TemplateSandbox.RenderBudget.TotalSeconds:0} s for one template, {TemplateSandbox.CallBudget.TotalSeconds:0} s for a whole call) and was stopped here.",
                "Fix the template: a function that calls itself several times per call grows exponentially; compute the value with a loop or pass it in as a variable.") with { Location = Locate(template, ex.Span) };
        }

        var (code, hint) = ex switch
        {
            TemplateRefusal refusal => (refusal.Code, refusal.Hint),
            _ when ex.OriginalMessage.StartsWith("Invalid number of arguments", StringComparison.Ordinal) => (ErrorCodes.TemplateHelperArguments, "Pass the arguments the function takes; templates/README.md lists every function with an example."),
            _ when IsUndefined(ex.OriginalMessage) => (ErrorCodes.TemplateUndefinedVariable, "Use only names and members the model has; describe_template lists the variables and add-ons."),
            _ => (ErrorCodes.TemplateRenderFailed, $"Fix the template; loops stop after {TemplateSandbox.LoopLimit:N0} iterations, calls nest at most {TemplateSandbox.RecursiveLimit} deep, and output stops at {TemplateSandbox.OutputLimit:N0} characters."),
        };
        return ToolError.Create(code, "", $"Rendering {template.Name} failed: {ex.OriginalMessage}", hint) with { Location = Locate(template, ex.Span) };
    }

    // Scriban reports a missing variable and a missing member with these messages (pinned version); both are strictness errors.
    // The table-driven sandbox tests pin every class, so a changed message fails a test rather than a user.
    private static bool IsUndefined(string message) =>
        message.StartsWith("The variable or function", StringComparison.Ordinal) || message.StartsWith("Cannot get member", StringComparison.Ordinal) ||
        message.StartsWith("Cannot get or set a member", StringComparison.Ordinal);

    private Result<Template> Parse(TemplateSource template)
    {
        if (!_parsed.TryGetValue((template.Name, template.Text), out var parsed))
        {
            if (_parsed.Count >= MaxCachedTemplates)
            {
                _parsed.Clear();
            }

            parsed = Template.Parse(template.Text, template.Name);
            _parsed[(template.Name, template.Text)] = parsed;
        }

        return parsed.HasErrors ? Result<Template>.Fail(SyntaxErrors(template, parsed)) : Result<Template>.Ok(parsed);
    }

    /// <summary>Reports the first syntax error of a template (none when it parses), without caching it.</summary>
    internal static IReadOnlyList<ToolError> SyntaxErrors(TemplateSource template) => SyntaxErrors(template, Template.Parse(template.Text, template.Name));

    private static IReadOnlyList<ToolError> SyntaxErrors(TemplateSource template, Template parsed) =>
        parsed.Messages.Where(m => m.Type == ParserMessageType.Error).Take(1).Select(m =>
            ToolError.Create(ErrorCodes.TemplateSyntax, "", $"{template.Name} is not a valid template: {m.Message}", "Fix the Scriban syntax at the line and column given (see templates/README.md).")
                with { Location = Locate(template, m.Span) }).ToArray();

    // A span at the end of input (an unclosed block, a dangling operator) has no position; point at the last character.
    internal static SourceLocation Locate(TemplateSource template, SourceSpan span)
    {
        var (line, column) = span.Start.Line >= 0
            ? (span.Start.Line + 1, span.Start.Column + 1)
            : (template.Text.Count(c => c == '\n') + 1, template.Text.Length - template.Text.LastIndexOf('\n'));
        return span.FileName is { } file && file != template.Name ? new SourceLocation(file, line, column) : template.At(line, column);
    }
}
