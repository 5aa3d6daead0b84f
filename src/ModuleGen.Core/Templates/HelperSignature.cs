namespace ModuleGen.Core.Templates;

/// <summary>Describes a template helper: its name, how many arguments it takes, and how it is called.</summary>
/// <param name="Name">The helper's name as written in templates.</param>
/// <param name="MinArguments">Fewest positional arguments.</param>
/// <param name="MaxArguments">Most positional arguments.</param>
/// <param name="Usage">An example call, for error hints and describe_template.</param>
public sealed record HelperSignature(string Name, int MinArguments, int MaxArguments, string Usage);
