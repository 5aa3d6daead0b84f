using System.Globalization;
using ModuleGen.Core.Common;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Templates;

/// <summary>Reads typed values out of a template.yaml tree, collecting one error per problem with its JSON pointer and
/// its file, line and column; unknown keys are errors too.</summary>
internal sealed class ManifestReader(string fileLabel)
{
    /// <summary>The most entries a manifest list (files, injections, checklist …) may have.</summary>
    public const int MaxEntries = 1_000;

    /// <summary>The longest description (of a pack, variable, add-on or checklist item) a manifest may give.</summary>
    public const int MaxDescription = 500;

    private readonly List<ToolError> _errors = [];

    public IReadOnlyList<ToolError> Errors => _errors;

    public string FileLabel => fileLabel;

    /// <summary>Returns a mapping's entries by key, reporting a non-mapping and every key not in <paramref name="allowed"/>.</summary>
    public IReadOnlyDictionary<string, YamlNode> Map(YamlNode? node, string pointer, params string[] allowed)
    {
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        if (node is null or YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return entries;
        }

        if (node is not YamlMappingNode mapping)
        {
            Invalid(node, pointer, "must be a mapping (key: value lines)", "Write it as a YAML mapping.");
            return entries;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (allowed.Length > 0 && !allowed.Contains(key, StringComparer.Ordinal))
            {
                _errors.Add(ToolError.Create(ErrorCodes.TemplateManifestUnknownKey, $"{pointer}/{key}",
                        $"Unknown key '{key}' in {fileLabel} at {Dotted(pointer)}.", $"Accepted keys here: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}.") with
                {
                    Found = key,
                    Location = LocationOf(keyNode),
                });
                continue;
            }

            entries[key] = value;
        }

        return entries;
    }

    public string? String(IReadOnlyDictionary<string, YamlNode> map, string key, string pointer, bool required = false)
    {
        if (!map.TryGetValue(key, out var node))
        {
            if (required)
            {
                _errors.Add(ToolError.Create(ErrorCodes.TemplateManifestInvalid, $"{pointer}/{key}", $"'{key}' is required at {Dotted(pointer)} in {fileLabel}.", $"Add '{key}:'."));
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { } value } && (value.Length > 0 || !required))
        {
            // A description reaches the model (list_templates, the plan prompt): it is one line of data, never a page.
            if (key == "description" && value.Length > MaxDescription)
            {
                Invalid(node, $"{pointer}/{key}", $"is {value.Length} characters long; a description is at most {MaxDescription}", "Say in one or two sentences what it is; put longer text in the pack's README.");
                return null;
            }

            return value;
        }

        Invalid(node, $"{pointer}/{key}", "must be a non-empty text value", "Write a single value, quoted if it contains ':' or '#'.");
        return null;
    }

    public bool Bool(IReadOnlyDictionary<string, YamlNode> map, string key, string pointer, bool fallback)
    {
        if (!map.TryGetValue(key, out var node))
        {
            return fallback;
        }

        if (node is YamlScalarNode { Value: { } raw } && bool.TryParse(raw, out var value))
        {
            return value;
        }

        Invalid(node, $"{pointer}/{key}", "must be true or false", "Write true or false.");
        return fallback;
    }

    public int Int(IReadOnlyDictionary<string, YamlNode> map, string key, string pointer, int fallback, int min, int max)
    {
        if (!map.TryGetValue(key, out var node))
        {
            return fallback;
        }

        if (node is YamlScalarNode { Value: { } raw } && int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Invalid(node, $"{pointer}/{key}", $"must be a whole number from {min} to {max}", $"Write a number from {min} to {max}.");
        return fallback;
    }

    public IReadOnlyList<string> List(IReadOnlyDictionary<string, YamlNode> map, string key, string pointer)
    {
        if (!map.TryGetValue(key, out var node))
        {
            return [];
        }

        if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }))
        {
            return sequence.Children.Select(c => ((YamlScalarNode)c).Value!).ToArray();
        }

        Invalid(node, $"{pointer}/{key}", "must be a list of non-empty values", "Write it as [a, b] or as '- a' lines.");
        return [];
    }

    public IReadOnlyList<YamlNode> Sequence(IReadOnlyDictionary<string, YamlNode> map, string key, string pointer)
    {
        if (!map.TryGetValue(key, out var node) || node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is YamlSequenceNode { Children.Count: > MaxEntries } tooLong)
        {
            // A pack is input from a repository: a manifest of 100,000 files is refused here, not met as EMFILE mid-scaffold.
            Invalid(node, $"{pointer}/{key}", $"has {tooLong.Children.Count:N0} entries; a pack lists at most {MaxEntries:N0}", "Split the pack, or generate fewer files.");
            return [];
        }

        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children.ToArray();
        }

        Invalid(node, $"{pointer}/{key}", "must be a list ('- …' entries)", "Write each entry on a line starting with '- '.");
        return [];
    }

    /// <summary>Returns where a node starts; quoted scalars start one column after their quote.</summary>
    public SourceLocation LocationOf(YamlNode node)
    {
        var quoted = node is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } ? 1 : 0;
        return new SourceLocation(fileLabel, (int)node.Start.Line, (int)node.Start.Column + quoted);
    }

    public void Invalid(YamlNode node, string pointer, string what, string hint) =>
        _errors.Add(ToolError.Create(ErrorCodes.TemplateManifestInvalid, pointer, $"{Dotted(pointer)} in {fileLabel} {what}.", hint) with
        {
            Found = node is YamlScalarNode scalar ? Preview.Of(scalar.Value) : node.NodeType.ToString().ToLowerInvariant(),
            Location = LocationOf(node),
        });

    public void Add(ToolError error) => _errors.Add(error);

    private static string Dotted(string pointer) => pointer.Length == 0 ? "the top level" : $"'{pointer[1..].Replace('/', '.')}'";
}
