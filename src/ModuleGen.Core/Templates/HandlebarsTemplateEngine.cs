using System.Collections.Concurrent;
using HandlebarsDotNet;
using HandlebarsDotNet.IO;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Renders templates with Handlebars.Net after <see cref="TemplateChecker"/> has proved every path resolves;
/// the engine itself also throws on unresolved bindings, as a second line of defence. Output is not HTML-escaped.</summary>
/// <remarks>Compiled templates are cached by their text, so rendering a pack again costs only the execution.</remarks>
public sealed class HandlebarsTemplateEngine : ITemplateEngine
{
    private const int MaxCachedTemplates = 1024;

    private readonly IHandlebars _handlebars;
    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> _compiled = new(StringComparer.Ordinal);

    public HandlebarsTemplateEngine()
    {
        var configuration = new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            NoEscape = true,
        };
        configuration.FormatterProviders.Add(new InvariantFormatter());
        _handlebars = Handlebars.Create(configuration);
        TemplateHelpers.Register(_handlebars);
    }

    /// <inheritdoc/>
    public Result<TemplateCheck> Check(TemplateSource template, IReadOnlyDictionary<string, object?> model) =>
        TemplateChecker.Check(template, model);

    /// <inheritdoc/>
    public Result<string> Render(TemplateSource template, IReadOnlyDictionary<string, object?> model)
    {
        var check = Check(template, model);
        if (!check.IsOk)
        {
            return Result<string>.Fail(check.Errors);
        }

        if (!template.Text.Contains("{{", StringComparison.Ordinal))
        {
            return Result<string>.Ok(template.Text);
        }

        try
        {
            var compiled = _compiled.GetOrAdd(template.Text, text =>
            {
                if (_compiled.Count >= MaxCachedTemplates)
                {
                    _compiled.Clear();
                }

                return _handlebars.Compile(text);
            });
            return Result<string>.Ok(compiled(model, null));
        }
        catch (HandlebarsException ex)
        {
            return ToolError.Create(ErrorCodes.TemplateRenderFailed, "", $"Rendering {template.Name} failed: {ex.Message.Split('\n')[0]}",
                "Fix the template; every path must exist in the model.") with { Location = template.At(1, 1) };
        }
    }

    private sealed class InvariantFormatter : IFormatterProvider, IFormatter
    {
        public bool TryCreateFormatter(Type type, out IFormatter formatter)
        {
            formatter = this;
            return type == typeof(bool) || type == typeof(long) || type == typeof(int);
        }

        public void Format<T>(T value, in EncodedTextWriter writer) => writer.Write(TemplateHelpers.Text(value), false);
    }
}
