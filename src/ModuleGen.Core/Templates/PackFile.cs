using System.Text.Json.Serialization;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Declares one generated file: where its text comes from, where it goes, and when.</summary>
/// <param name="Source">Path under the pack's files/ folder; a source ending in .sbn is rendered, any other is copied as is.</param>
/// <param name="Destination">Path relative to the target dir; itself a template (e.g. "{{ snake module }}/core.py").</param>
/// <param name="Condition">Optional condition over add-ons and boolean variables (a Scriban expression, e.g. "addons.postgresql &amp;&amp; !addons.mysql").</param>
public sealed record PackFile(string Source, string Destination, string? Condition)
{
    /// <summary>Gets the parsed condition (null: always).</summary>
    [JsonIgnore]
    public TemplateCondition? When { get; init; }

    /// <summary>Where the entry is written in the manifest.</summary>
    [JsonIgnore]
    public SourceLocation? Location { get; init; }

    /// <summary>Where the destination template starts in the manifest.</summary>
    [JsonIgnore]
    public SourceLocation? DestinationLocation { get; init; }

    /// <summary>Tells whether the source is a template to render (.sbn) rather than a file to copy.</summary>
    [JsonIgnore]
    public bool IsTemplate => Source.EndsWith(".sbn", StringComparison.Ordinal);
}
