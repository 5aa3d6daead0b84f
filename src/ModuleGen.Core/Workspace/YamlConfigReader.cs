using System.Globalization;
using ModuleGen.Core.Common;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Workspace;

/// <summary>Reads typed values out of a merged YAML tree, collecting one error per bad value with its location.</summary>
internal sealed class YamlConfigReader(string fileLabel)
{
    private readonly List<ToolError> _errors = [];
    private readonly Dictionary<YamlNode, string> _pointers = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<ToolError> Errors => _errors;

    public YamlMappingNode Section(YamlMappingNode parent, string key)
    {
        var section = Child(parent, key) as YamlMappingNode ?? Invalid<YamlMappingNode>(parent, key, "a mapping", new YamlMappingNode());
        _pointers[section] = PointerOf(parent, key);
        return section;
    }

    public string String(YamlMappingNode parent, string key)
    {
        if (Child(parent, key) is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value;
        }

        return Invalid(parent, key, "a non-empty string", "");
    }

    public bool Bool(YamlMappingNode parent, string key)
    {
        if (Child(parent, key) is YamlScalarNode { Value: { } raw } && bool.TryParse(raw, out var value))
        {
            return value;
        }

        return Invalid(parent, key, "true or false", false);
    }

    public int Int(YamlMappingNode parent, string key, int min, int max)
    {
        if (Child(parent, key) is YamlScalarNode { Value: { } raw } &&
            int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) &&
            value >= min && value <= max)
        {
            return value;
        }

        return Invalid(parent, key, $"a whole number from {min} to {max}", min);
    }

    public IReadOnlyList<string> List(YamlMappingNode parent, string key)
    {
        if (Child(parent, key) is YamlSequenceNode sequence &&
            sequence.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }))
        {
            return sequence.Children.Select(c => ((YamlScalarNode)c).Value!).ToArray();
        }

        return Invalid<IReadOnlyList<string>>(parent, key, "a list of non-empty strings", []);
    }

    /// <summary>Reads an open mapping of string keys to string values (keys are not checked against the schema).</summary>
    public IReadOnlyDictionary<string, string> Map(YamlMappingNode parent, string key, IReadOnlyList<string>? allowedValues = null)
    {
        if (Child(parent, key) is not YamlMappingNode mapping ||
            !mapping.Children.All(p => p.Key is YamlScalarNode { Value.Length: > 0 } && p.Value is YamlScalarNode { Value.Length: > 0 }))
        {
            return Invalid<IReadOnlyDictionary<string, string>>(parent, key, "a mapping of names to non-empty values", new Dictionary<string, string>());
        }

        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in mapping.Children)
        {
            var value = ((YamlScalarNode)v).Value!;
            if (allowedValues is not null && !allowedValues.Contains(value))
            {
                var pointer = $"{PointerOf(parent, key)}/{((YamlScalarNode)k).Value}";
                _errors.Add(ToolError.Create(ErrorCodes.ConfigInvalidValue, pointer,
                        $"'{pointer[1..].Replace('/', '.')}' must be one of {string.Join(", ", allowedValues)}.", "Use one of the listed values.") with
                {
                    Found = value,
                    Location = LocationOf(v),
                });
                continue;
            }

            map[((YamlScalarNode)k).Value!] = value;
        }

        return map;
    }

    /// <summary>Locates the value of <paramref name="key"/> (or the section when the key is absent).</summary>
    public SourceLocation LocationOf(YamlMappingNode parent, string key) => LocationOf(Child(parent, key) ?? parent);

    public SourceLocation LocationOf(YamlNode node) =>
        new(fileLabel, (int)node.Start.Line, (int)node.Start.Column);

    private string PointerOf(YamlMappingNode parent, string key) =>
        (_pointers.TryGetValue(parent, out var prefix) ? prefix : "") + "/" + key;

    private static YamlNode? Child(YamlMappingNode parent, string key) =>
        parent.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private T Invalid<T>(YamlMappingNode parent, string key, string expected, T fallback)
    {
        var node = Child(parent, key) ?? parent;
        var found = node is YamlScalarNode scalar ? scalar.Value : node.NodeType.ToString().ToLowerInvariant();
        var pointer = PointerOf(parent, key);
        var dotted = pointer[1..].Replace('/', '.');
        _errors.Add(ToolError.Create(ErrorCodes.ConfigInvalidValue, pointer,
                $"'{dotted}' must be {expected}.", $"Set '{dotted}' to {expected} in modulegen.yaml, or remove it to use the default.") with
        {
            Found = Preview.Of(found),
            Location = LocationOf(node),
        });
        return fallback;
    }
}
