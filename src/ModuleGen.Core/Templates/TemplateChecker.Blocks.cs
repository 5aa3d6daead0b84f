using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Checks the block tags: opening (each, if, unless, with), else branches and closing.</summary>
internal sealed partial class TemplateChecker
{
    private void OpenBlock(TemplateExpression call)
    {
        if (!s_blocks.TryGetValue(call.Text, out var helper))
        {
            Error(ErrorCodes.TemplateUnknownHelper, _tag, $"'{call.Text}' is not a block helper.", $"Open blocks with one of: {string.Join(", ", s_blocks.Keys)}.");
            Push(new TemplateScope(call.Text, null, false, true, false, new Dictionary<string, object?>(), _tag));
            return;
        }

        if (call.Parameters.Count != 1 || call.Hash.Count > 0)
        {
            Error(ErrorCodes.TemplateHelperArguments, _tag, $"'{call.Text}' takes exactly one argument.", $"Write it as {helper.Usage}.");
        }

        var value = call.Parameters.Count > 0 ? Evaluate(call.Parameters[0]) : new ResolvedValue(false, null, true);
        Push(call.Text switch
        {
            "each" => Iterate(value, call.BlockParameters),
            "with" => new TemplateScope("with", value.Value, true, value.Permissive || value.Value is not IReadOnlyDictionary<string, object?>, false, Bind(call.BlockParameters, value.Value), _tag),
            _ => new TemplateScope(call.Text, Current.Context, false, Current.Permissive, false, new Dictionary<string, object?>(), _tag),
        });
    }

    private TemplateScope Iterate(ResolvedValue value, IReadOnlyList<string> names)
    {
        var (sample, key, empty) = value.Value switch
        {
            IReadOnlyDictionary<string, object?> map => (map.Values.FirstOrDefault(), (object?)map.Keys.FirstOrDefault(), map.Count == 0),
            IReadOnlyList<object?> list => (list.FirstOrDefault(), 0L, list.Count == 0),
            _ => (null, null, true),
        };
        // A defined null iterates as nothing (Handlebars semantics); only missing keys and scalars are errors.
        if (!value.Permissive && value.Ok && value.Value is not (null or IReadOnlyDictionary<string, object?> or IReadOnlyList<object?>))
        {
            Error(ErrorCodes.TemplateRenderFailed, _tag, $"'{Preview.Of(_tag.Raw, 60)}' iterates over a value that is neither a list nor a map.", "Iterate over a list or a map.");
        }

        return new TemplateScope("each", sample, true, value.Permissive || empty, true, Bind(names, sample, key), _tag);
    }

    private void Else(MustacheTag tag)
    {
        if (_scopes.Count == 1)
        {
            Error(ErrorCodes.TemplateSyntax, tag, $"'{tag.Raw}' is outside any block.", "Use {{else}} inside {{#if}}, {{#unless}}, {{#each}} or {{#with}}.");
            return;
        }

        var open = _scopes[^1];
        _scopes.RemoveAt(_scopes.Count - 1);
        _scopes.Add(new TemplateScope(open.Helper, Current.Context, false, Current.Permissive, false, new Dictionary<string, object?>(), open.Open));
        if (tag.Content.Length > 0)
        {
            Parsed(tag.Content, chained =>
            {
                if (chained.Text is not ("if" or "unless") || chained.Parameters.Count != 1)
                {
                    Error(ErrorCodes.TemplateSyntax, tag, $"'{tag.Raw}' must be {{{{else}}}}, {{{{else if cond}}}} or {{{{else unless cond}}}}.", "Chain only if or unless after else.");
                    return;
                }

                CheckParameter(chained.Parameters[0]);
            });
        }
    }

    private void Close(MustacheTag tag)
    {
        if (_scopes.Count == 1 || _scopes[^1].Helper != tag.Content)
        {
            var expected = _scopes.Count == 1 ? "no open block" : $"'{{{{/{_scopes[^1].Helper}}}}}' for '{_scopes[^1].Open!.Raw}' at line {_scopes[^1].Open!.Line}";
            Error(ErrorCodes.TemplateSyntax, tag, $"'{tag.Raw}' does not close the open block (expected {expected}).", "Close blocks in the order they were opened.");
            return;
        }

        _scopes.RemoveAt(_scopes.Count - 1);
    }

    private static IReadOnlyDictionary<string, object?> Bind(IReadOnlyList<string> names, object? value, object? key = null)
    {
        var bound = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            bound[names[i]] = i == 0 ? value : key;
        }

        return bound;
    }
}
