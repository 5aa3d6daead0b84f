namespace ModuleGen.Core.Context;

/// <summary>Summarises a template pack for the context: name, version, one-line description, and where it came from.</summary>
public sealed record AvailableTemplate(string Name, string Version, string Description, string Origin);
