using System.Text.Json.Serialization;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Declares one variable of a pack: its type, whether it must be given, its default and its constraints.</summary>
/// <param name="Name">snake_case name used in templates.</param>
/// <param name="Type">string, int, bool, choice or port.</param>
/// <param name="Required">True when the caller must pass a value (such a variable has no default).</param>
/// <param name="Default">The default as written; string defaults are templates over earlier variables; <c>auto</c> for ports.</param>
/// <param name="Pattern">A .NET regular expression a string value must match (whole value).</param>
/// <param name="Choices">The accepted values of a choice variable.</param>
/// <param name="Description">What the variable is for.</param>
public sealed record PackVariable(
    string Name,
    VariableType Type,
    bool Required,
    string? Default,
    string? Pattern,
    IReadOnlyList<string> Choices,
    string Description)
{
    /// <summary>Where the default is written in the manifest, for errors while rendering it.</summary>
    [JsonIgnore]
    public SourceLocation? DefaultLocation { get; init; }

    /// <summary>Gets the lowest version (dotted numbers) a version-valued string accepts: a default below it is raised to
    /// it with a note, a given value below it is refused.</summary>
    public string? Minimum { get; init; }

    /// <summary>Gets the condition under which the variable applies (over add-ons, earlier variables and
    /// <c>registry</c>); when it does not hold the variable is neither resolved nor recorded (a gRPC port in a dg
    /// workspace), and templates see null.</summary>
    [JsonIgnore]
    public TemplateCondition? When { get; init; }
}
