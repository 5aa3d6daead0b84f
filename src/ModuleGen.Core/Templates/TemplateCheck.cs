namespace ModuleGen.Core.Templates;

/// <summary>Reports what a template refers to: the top-level model names its expressions resolve against.</summary>
/// <param name="RootNames">First segments of every path resolved against the model root, sorted ordinally.</param>
public sealed record TemplateCheck(IReadOnlyList<string> RootNames);
