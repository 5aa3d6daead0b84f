using System.Text.RegularExpressions;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Parses and evaluates the conditions of files, injections and checklist items: add-on names and boolean
/// variables combined with <c>not</c>/<c>!</c>, <c>and</c>/<c>&amp;&amp;</c>, <c>or</c>/<c>||</c>, parentheses and
/// <c>name == 'value'</c> / <c>name != 'value'</c>.</summary>
public sealed partial class ConditionExpression
{
    private readonly Node _root;

    private ConditionExpression(string text, Node root, IReadOnlyList<string> identifiers)
    {
        Text = text;
        _root = root;
        Identifiers = identifiers;
    }

    public string Text { get; }

    /// <summary>Gets every name the condition mentions, sorted and distinct.</summary>
    public IReadOnlyList<string> Identifiers { get; }

    /// <summary>Parses a condition; the error says which character broke it.</summary>
    public static Result<ConditionExpression> Parse(string text)
    {
        var matches = Token().Matches(text);
        var tokens = matches.Select(m => m.Value).ToList();
        var covered = matches.Sum(m => m.Length);
        var contiguous = matches.Select((m, i) => (m, i)).All(p => p.i == 0 ? p.m.Index == 0 : p.m.Index == matches[p.i - 1].Index + matches[p.i - 1].Length);
        if (!contiguous || text[covered..].Trim().Length > 0 || tokens.Count == 0)
        {
            return Fail(text, "it contains characters that are not names, quotes, operators or parentheses, or it is empty");
        }

        var parser = new Parser(tokens.Select(t => t.Trim()).ToList());
        var root = parser.Or();
        if (root is null || parser.Position < parser.Tokens.Count)
        {
            return Fail(text, parser.Position < parser.Tokens.Count ? $"unexpected '{parser.Tokens[parser.Position]}'" : "it ends too early");
        }

        return Result<ConditionExpression>.Ok(new ConditionExpression(text, root, parser.Names.Order(StringComparer.Ordinal).Distinct().ToArray()));
    }

    /// <summary>Evaluates the condition; <paramref name="lookup"/> returns an add-on's selection (bool) or a variable's value.</summary>
    public bool Evaluate(Func<string, object?> lookup) => _root.Evaluate(lookup);

    private static Result<ConditionExpression> Fail(string text, string reason) =>
        ToolError.Create(ErrorCodes.TemplateConditionInvalid, "", $"The condition '{Preview.Of(text)}' is not valid: {reason}.",
            "Write conditions such as 'postgresql', 'not mysql', 'schedules and deploy-git' or \"python_version == '3.12'\".").WithFound(text);

    [GeneratedRegex("""\s*(\(|\)|&&|\|\||==|!=|!|'[^']*'|"[^"]*"|[A-Za-z_][A-Za-z0-9_-]*|-?[0-9]+)""")]
    private static partial Regex Token();

    private abstract class Node
    {
        public abstract bool Evaluate(Func<string, object?> lookup);
    }

    private sealed class Name(string name) : Node
    {
        public override bool Evaluate(Func<string, object?> lookup) => TemplateHelpers.Truthy(lookup(name));
    }

    private sealed class Compare(string name, string literal, bool equal) : Node
    {
        public override bool Evaluate(Func<string, object?> lookup) =>
            string.Equals(TemplateHelpers.Text(lookup(name)), literal, StringComparison.Ordinal) == equal;
    }

    private sealed class Not(Node inner) : Node
    {
        public override bool Evaluate(Func<string, object?> lookup) => !inner.Evaluate(lookup);
    }

    private sealed class Binary(Node left, Node right, bool isAnd) : Node
    {
        public override bool Evaluate(Func<string, object?> lookup) =>
            isAnd ? left.Evaluate(lookup) && right.Evaluate(lookup) : left.Evaluate(lookup) || right.Evaluate(lookup);
    }

    private sealed class Parser(List<string> tokens)
    {
        public List<string> Tokens { get; } = tokens;

        public int Position { get; private set; }

        public List<string> Names { get; } = [];

        public Node? Or()
        {
            var left = And();
            while (left is not null && Peek() is "or" or "||")
            {
                Position++;
                var right = And();
                left = right is null ? null : new Binary(left, right, isAnd: false);
            }

            return left;
        }

        private Node? And()
        {
            var left = Unary();
            while (left is not null && Peek() is "and" or "&&")
            {
                Position++;
                var right = Unary();
                left = right is null ? null : new Binary(left, right, isAnd: true);
            }

            return left;
        }

        private Node? Unary()
        {
            if (Peek() is "not" or "!")
            {
                Position++;
                return Unary() is { } inner ? new Not(inner) : null;
            }

            return Primary();
        }

        private Node? Primary()
        {
            var token = Peek();
            if (token == "(")
            {
                Position++;
                var inner = Or();
                if (Peek() != ")")
                {
                    return null;
                }

                Position++;
                return inner;
            }

            if (token is null || !(char.IsAsciiLetter(token[0]) || token[0] == '_') || token is "and" or "or" or "not")
            {
                return null;
            }

            Position++;
            Names.Add(token);
            if (Peek() is "==" or "!=")
            {
                var equal = Tokens[Position++] == "==";
                var literal = Peek();
                if (literal is null || literal is "(" or ")" or "&&" or "||" or "!" or "==" or "!=")
                {
                    return null;
                }

                Position++;
                return new Compare(token, literal[0] is '\'' or '"' ? literal[1..^1] : literal, equal);
            }

            return new Name(token);
        }

        private string? Peek() => Position < Tokens.Count ? Tokens[Position] : null;
    }
}
