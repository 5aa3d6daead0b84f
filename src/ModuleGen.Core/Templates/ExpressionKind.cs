namespace ModuleGen.Core.Templates;

/// <summary>Says what a parsed Handlebars expression is.</summary>
public enum ExpressionKind
{
    /// <summary>A path into the model: <c>name</c>, <c>addons.postgresql</c>, <c>../x</c>, <c>@index</c>.</summary>
    Path,

    /// <summary>A string, number, boolean or null literal.</summary>
    Literal,

    /// <summary>A name with parameters (a helper call), or the head of a tag.</summary>
    Call,
}
