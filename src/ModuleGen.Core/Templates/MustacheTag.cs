namespace ModuleGen.Core.Templates;

/// <summary>Holds one <c>{{…}}</c> tag: its kind, its inner text (markers and '~' stripped), and where it starts.</summary>
/// <param name="Kind">What the tag is.</param>
/// <param name="Content">The text after the kind marker, trimmed (e.g. "if addons.postgresql" for <c>{{#if …}}</c>).</param>
/// <param name="Raw">The whole tag as written.</param>
/// <param name="Line">1-based line of the opening braces.</param>
/// <param name="Column">1-based column of the opening braces.</param>
public sealed record MustacheTag(MustacheKind Kind, string Content, string Raw, int Line, int Column);
