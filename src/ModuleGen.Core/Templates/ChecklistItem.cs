using System.Text.Json.Serialization;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Declares one audit check a generated module must keep passing: a path that must (or must not) exist, or a
/// regular expression that must (or must not) match in a file.</summary>
/// <param name="Id">Stable rule id (e.g. "dagster.definitions"), used in audit findings.</param>
/// <param name="Description">What the rule guards, in one sentence.</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Path">The file or folder checked; a template over the answers' variables.</param>
/// <param name="RelativeTo">"target" (the generated module, the default) or "workspace".</param>
/// <param name="Exists">Whether the path must exist (true, the default) or must not (false).</param>
/// <param name="MustMatch">A .NET regular expression (multi-line mode) that must match the file's text.</param>
/// <param name="MustNotMatch">A .NET regular expression (multi-line mode) that must not match the file's text.</param>
/// <param name="Condition">Optional condition, a Scriban expression over the model: the rule applies only when it holds.</param>
public sealed record ChecklistItem(
    string Id,
    string Description,
    string Severity,
    string Path,
    string RelativeTo,
    bool Exists,
    string? MustMatch,
    string? MustNotMatch,
    string? Condition)
{
    /// <summary>Gets the parsed condition (null: always).</summary>
    [JsonIgnore]
    public TemplateCondition? When { get; init; }

    /// <summary>Where the item is written in the manifest.</summary>
    [JsonIgnore]
    public SourceLocation? Location { get; init; }
}
