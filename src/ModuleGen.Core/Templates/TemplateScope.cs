namespace ModuleGen.Core.Templates;

/// <summary>Is one open block while a template is checked: which helper opened it, the context value inside it, and
/// the names and data variables it binds.</summary>
/// <param name="Helper">The block helper ("" for the template root).</param>
/// <param name="Context">The value <c>this</c> refers to inside the block.</param>
/// <param name="NewContext">True when the block changes <c>this</c> (each, with, the root), so <c>../</c> counts it.</param>
/// <param name="Permissive">True inside an each over an empty list: the body never renders, so its paths are not checked.</param>
/// <param name="Iterating">True inside each: @index, @key, @first and @last exist.</param>
/// <param name="BlockParameters">Names bound with <c>as |…|</c>.</param>
/// <param name="Open">The tag that opened the block, for errors.</param>
internal sealed record TemplateScope(
    string Helper,
    object? Context,
    bool NewContext,
    bool Permissive,
    bool Iterating,
    IReadOnlyDictionary<string, object?> BlockParameters,
    MustacheTag? Open);
