using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Parses the inside of a Handlebars tag: <c>name param* key=value* (as |a b|)?</c>, with sub-expressions in
/// parentheses and string, number, boolean and null literals.</summary>
internal sealed class ExpressionParser
{
    private readonly List<string> _tokens;
    private int _next;

    private ExpressionParser(List<string> tokens)
    {
        _tokens = tokens;
    }

    /// <summary>Parses a tag's content as a call; the error text says what was wrong.</summary>
    public static Result<TemplateExpression> Parse(string content)
    {
        var tokens = Lex(content);
        if (tokens is null)
        {
            return Fail("a string literal is not closed");
        }

        if (tokens.Count == 0)
        {
            return Fail("the tag is empty");
        }

        var parser = new ExpressionParser(tokens);
        var call = parser.Call(topLevel: true);
        if (call.IsOk && parser._next < tokens.Count)
        {
            return Fail($"unexpected '{tokens[parser._next]}'");
        }

        return call;
    }

    private Result<TemplateExpression> Call(bool topLevel)
    {
        var head = Take();
        if (head is null || IsPunctuation(head) || IsLiteral(head))
        {
            return Fail(head is null ? "a name is missing" : $"'{head}' cannot start an expression");
        }

        var parameters = new List<TemplateExpression>();
        var hash = new List<KeyValuePair<string, TemplateExpression>>();
        var blockParameters = new List<string>();
        while (Peek() is { } token && token != ")")
        {
            if (token == "as" && topLevel && Peek(1) == "|")
            {
                _next += 2;
                while (Peek() is { } name && name != "|")
                {
                    blockParameters.Add(Take()!);
                }

                if (Take() != "|")
                {
                    return Fail("'as |…|' is not closed");
                }

                continue;
            }

            if (Peek(1) == "=" && !IsPunctuation(token))
            {
                _next += 2;
                var value = Parameter();
                if (!value.IsOk)
                {
                    return value;
                }

                hash.Add(new(token, value.Value));
                continue;
            }

            var parameter = Parameter();
            if (!parameter.IsOk)
            {
                return parameter;
            }

            parameters.Add(parameter.Value);
        }

        return Result<TemplateExpression>.Ok(new TemplateExpression(ExpressionKind.Call, head, parameters, hash, blockParameters));
    }

    private Result<TemplateExpression> Parameter()
    {
        var token = Take();
        if (token == "(")
        {
            var inner = Call(topLevel: false);
            if (inner.IsOk && Take() != ")")
            {
                return Fail("a '(' sub-expression is not closed");
            }

            return inner;
        }

        if (token is null || IsPunctuation(token))
        {
            return Fail(token is null ? "a parameter is missing" : $"unexpected '{token}'");
        }

        return Result<TemplateExpression>.Ok(IsLiteral(token) ? TemplateExpression.LiteralOf(token) : TemplateExpression.PathOf(token));
    }

    private string? Take() => _next < _tokens.Count ? _tokens[_next++] : null;

    private string? Peek(int ahead = 0) => _next + ahead < _tokens.Count ? _tokens[_next + ahead] : null;

    private static bool IsPunctuation(string token) => token is "(" or ")" or "|" or "=";

    private static bool IsLiteral(string token) =>
        token[0] is '"' or '\'' || token is "true" or "false" or "null" or "undefined" ||
        (token.Length > 0 && (char.IsAsciiDigit(token[0]) || (token[0] == '-' && token.Length > 1 && char.IsAsciiDigit(token[1]))));

    private static List<string>? Lex(string content)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < content.Length)
        {
            var c = content[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or '|' or '=')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c is '"' or '\'')
            {
                var end = content.IndexOf(c, i + 1);
                if (end < 0)
                {
                    return null;
                }

                tokens.Add(content[i..(end + 1)]);
                i = end + 1;
            }
            else
            {
                var start = i;
                while (i < content.Length && !char.IsWhiteSpace(content[i]) && content[i] is not ('(' or ')' or '|' or '='))
                {
                    i++;
                }

                tokens.Add(content[start..i]);
            }
        }

        return tokens;
    }

    private static Result<TemplateExpression> Fail(string reason) =>
        ToolError.Create(ErrorCodes.TemplateSyntax, "", reason, "Write tags as {{name}}, {{helper arg …}} or {{#if cond}}…{{/if}}.");
}
