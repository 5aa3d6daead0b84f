namespace ModuleGen.Core.Templates;

/// <summary>Holds one parsed Handlebars expression: a path, a literal, or a call with parameters, hash arguments and
/// block parameters (<c>as |item index|</c>).</summary>
/// <param name="Kind">Path, literal or call.</param>
/// <param name="Text">The path, the literal's text, or the called name.</param>
/// <param name="Parameters">Positional parameters of a call.</param>
/// <param name="Hash">Named (key=value) parameters of a call.</param>
/// <param name="BlockParameters">Names bound by <c>as |…|</c>.</param>
public sealed record TemplateExpression(
    ExpressionKind Kind,
    string Text,
    IReadOnlyList<TemplateExpression> Parameters,
    IReadOnlyList<KeyValuePair<string, TemplateExpression>> Hash,
    IReadOnlyList<string> BlockParameters)
{
    /// <summary>Creates a path expression.</summary>
    public static TemplateExpression PathOf(string text) => new(ExpressionKind.Path, text, [], [], []);

    /// <summary>Creates a literal expression.</summary>
    public static TemplateExpression LiteralOf(string text) => new(ExpressionKind.Literal, text, [], [], []);
}
