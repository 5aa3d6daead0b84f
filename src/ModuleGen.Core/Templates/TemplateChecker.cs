using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Checks a template before it is rendered: block structure, allowed constructs, helper names and arities,
/// and that every path resolves in the model (no fall-back to empty text, no reaching into strings or .NET objects).</summary>
/// <remarks>Paths inside branches that would not render are checked too, so a pack's mistakes show up whatever
/// add-ons are chosen. All problems are collected in one pass.</remarks>
internal sealed partial class TemplateChecker
{
    private static readonly Dictionary<string, HelperSignature> s_values = TemplateHelpers.Values.ToDictionary(h => h.Name, StringComparer.Ordinal);
    private static readonly Dictionary<string, HelperSignature> s_blocks = TemplateHelpers.Blocks.ToDictionary(h => h.Name, StringComparer.Ordinal);

    private readonly TemplateSource _source;
    private readonly IReadOnlyDictionary<string, object?> _model;
    private readonly List<TemplateScope> _scopes = [];
    private readonly List<ToolError> _errors = [];
    private readonly SortedSet<string> _rootNames = new(StringComparer.Ordinal);
    private MustacheTag _tag = null!;

    private TemplateChecker(TemplateSource source, IReadOnlyDictionary<string, object?> model)
    {
        _source = source;
        _model = model;
        _scopes.Add(new TemplateScope("", model, true, false, false, new Dictionary<string, object?>(), null));
    }

    /// <summary>Checks <paramref name="source"/> against <paramref name="model"/>.</summary>
    public static Result<TemplateCheck> Check(TemplateSource source, IReadOnlyDictionary<string, object?> model)
    {
        var tags = MustacheScanner.Scan(source);
        if (!tags.IsOk)
        {
            return Result<TemplateCheck>.Fail(tags.Errors);
        }

        var checker = new TemplateChecker(source, model);
        foreach (var tag in tags.Value)
        {
            checker._tag = tag;
            checker.Visit(tag);
        }

        foreach (var open in checker._scopes.Skip(1).Select(s => s.Open!))
        {
            checker.Error(ErrorCodes.TemplateSyntax, open, $"'{open.Raw}' is never closed.", "Add the matching {{/…}} tag.");
        }

        return checker._errors.Count > 0
            ? Result<TemplateCheck>.Fail(checker._errors)
            : Result<TemplateCheck>.Ok(new TemplateCheck(checker._rootNames.ToArray()));
    }

    private void Visit(MustacheTag tag)
    {
        switch (tag.Kind)
        {
            case MustacheKind.Comment:
                return;
            case MustacheKind.Unsupported:
                Error(ErrorCodes.TemplateUnsupported, tag, $"'{Preview.Of(tag.Raw, 60)}' uses a construct ModuleGen templates do not allow (partials, decorators, raw blocks, inverse sections).",
                    "Use plain expressions and the block helpers each, if, unless and with.");
                return;
            case MustacheKind.Expression:
                Parsed(tag.Content, CheckExpression);
                return;
            case MustacheKind.BlockOpen:
                Parsed(tag.Content, OpenBlock);
                return;
            case MustacheKind.Else:
                Else(tag);
                return;
            case MustacheKind.BlockClose:
                Close(tag);
                return;
        }
    }

    private void Parsed(string content, Action<TemplateExpression> next)
    {
        var parsed = ExpressionParser.Parse(content);
        if (parsed.IsOk)
        {
            next(parsed.Value);
        }
        else
        {
            Error(ErrorCodes.TemplateSyntax, _tag, $"'{Preview.Of(_tag.Raw, 60)}' cannot be parsed: {parsed.Errors[0].Message}.", parsed.Errors[0].Hint);
        }
    }

    private void CheckExpression(TemplateExpression call)
    {
        if (call.BlockParameters.Count > 0 || s_blocks.ContainsKey(call.Text))
        {
            Error(ErrorCodes.TemplateUnsupported, _tag, $"'{_tag.Raw}' uses a block helper or block parameters outside a block.", "Open blocks with {{#name …}} and close them with {{/name}}.");
            return;
        }

        if (call.Parameters.Count == 0 && call.Hash.Count == 0 && !s_values.ContainsKey(call.Text))
        {
            Resolve(call.Text);
            return;
        }

        CheckCall(call);
    }

    private void CheckCall(TemplateExpression call)
    {
        if (!s_values.TryGetValue(call.Text, out var helper))
        {
            Error(ErrorCodes.TemplateUnknownHelper, _tag, $"'{call.Text}' is not a helper (it is called with arguments in '{Preview.Of(_tag.Raw, 60)}').",
                $"Use one of: {string.Join(", ", s_values.Keys.Order(StringComparer.Ordinal))}.");
            return;
        }

        if (call.Hash.Count > 0)
        {
            Error(ErrorCodes.TemplateUnsupported, _tag, $"'{call.Text}' takes no key=value arguments.", $"Call it as {helper.Usage}.");
        }

        if (call.Parameters.Count < helper.MinArguments || call.Parameters.Count > helper.MaxArguments)
        {
            Error(ErrorCodes.TemplateHelperArguments, _tag, $"'{call.Text}' takes {Arity(helper)} argument(s); '{Preview.Of(_tag.Raw, 60)}' passes {call.Parameters.Count}.", $"Call it as {helper.Usage}.");
        }

        foreach (var parameter in call.Parameters)
        {
            CheckParameter(parameter);
        }
    }

    private void CheckParameter(TemplateExpression parameter)
    {
        if (parameter.Kind == ExpressionKind.Path)
        {
            Resolve(parameter.Text);
        }
        else if (parameter.Kind == ExpressionKind.Call)
        {
            CheckCall(parameter);
        }
    }

    private TemplateScope Current => _scopes[^1];

    private void Push(TemplateScope scope) => _scopes.Add(scope);

    private ResolvedValue Evaluate(TemplateExpression parameter) => parameter.Kind switch
    {
        ExpressionKind.Path => Resolve(parameter.Text),
        ExpressionKind.Call => CheckCallValue(parameter),
        _ => new ResolvedValue(true, parameter.Text, false),
    };

    private ResolvedValue CheckCallValue(TemplateExpression call)
    {
        CheckCall(call);
        return new ResolvedValue(true, true, false);
    }

    private ResolvedValue Resolve(string path)
    {
        var resolved = PathResolver.Resolve(path, _scopes, _model);
        if (resolved.Unsupported)
        {
            Error(ErrorCodes.TemplateUnsupported, _tag, $"The path '{path}' uses bracket segments or another form ModuleGen templates do not allow.", "Write paths as name.sub.name, ../name, this or @index.");
        }
        else if (!resolved.Ok)
        {
            Error(ErrorCodes.TemplateUndefinedVariable, _tag, $"'{path}' is not defined in {_source.Name} (used in '{Preview.Of(_tag.Raw, 60)}').",
                $"Declare it as a variable in template.yaml or fix the name; top-level names here: {string.Join(", ", _model.Keys.Order(StringComparer.Ordinal))}.");
        }
        else if (resolved.RootName is { } root)
        {
            _rootNames.Add(root);
        }

        return resolved.Value;
    }

    private static string Arity(HelperSignature h) => h.MinArguments == h.MaxArguments ? $"{h.MinArguments}" : $"{h.MinArguments} to {h.MaxArguments}";

    private void Error(string code, MustacheTag tag, string message, string hint) =>
        _errors.Add(ToolError.Create(code, "", message, hint) with { Location = _source.At(tag.Line, tag.Column), Found = Preview.Of(tag.Raw, 80) });
}
