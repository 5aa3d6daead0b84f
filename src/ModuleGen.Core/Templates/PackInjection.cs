using System.Text.Json.Serialization;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Declares a snippet injected into a file ModuleGen does not own, inside a marker block
/// (<c># &gt;&gt;&gt; modulegen:&lt;id&gt; &gt;&gt;&gt;</c> … <c># &lt;&lt;&lt; modulegen:&lt;id&gt; &lt;&lt;&lt;</c>).</summary>
/// <param name="Target">The file to inject into; a template.</param>
/// <param name="RelativeTo">"target" (the scaffold's target dir, the default) or "workspace" (the workspace root).</param>
/// <param name="Marker">The marker id; a template (e.g. "{{ snake module }}").</param>
/// <param name="Snippet">Path under files/ of the snippet template.</param>
/// <param name="Anchor">Optional regular expression: the block goes after the first matching line, else at the end.</param>
/// <param name="CreateIfMissing">Create the target when it does not exist.</param>
/// <param name="Initial">The text a created target starts with (before the block), e.g. "load_from:\n".</param>
/// <param name="Comment">Comment syntax override: "#", "//" or "&lt;!--"; by default chosen from the file extension.</param>
/// <param name="Indent">Spaces before the marker lines.</param>
/// <param name="Condition">Optional condition, a Scriban expression over the model.</param>
public sealed record PackInjection(
    string Target,
    string RelativeTo,
    string Marker,
    string Snippet,
    string? Anchor,
    bool CreateIfMissing,
    string Initial,
    string? Comment,
    int Indent,
    string? Condition)
{
    /// <summary>Gets the parsed condition (null: always).</summary>
    [JsonIgnore]
    public TemplateCondition? When { get; init; }

    /// <summary>Where the entry is written in the manifest.</summary>
    [JsonIgnore]
    public SourceLocation? Location { get; init; }
}
