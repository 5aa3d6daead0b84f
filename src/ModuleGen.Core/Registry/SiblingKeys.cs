using ModuleGen.Core.Common;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Registry;

/// <summary>Gives a new workspace.yaml entry the keys its siblings of the same kind all carry and it lacks
/// (<c>executable_path</c>, <c>working_directory</c>): a repository whose every python_module location runs in its own
/// virtual environment (<c>executable_path: ./.code_locations/&lt;name&gt;/.venv/bin/python</c>) gets one for the new
/// module too. A sibling's value is generalised by its location name as a path segment; when every sibling gives the
/// same pattern, the new entry's value is that pattern with its own name (or the shared value as is). Siblings that
/// disagree, or a value that is no plain path, add nothing. The keys go into the module's marker block only.</summary>
internal static partial class SiblingKeys
{
    private static readonly string[] s_mirrored = ["executable_path", "working_directory"];

    /// <summary>Returns <paramref name="content"/> (one load_from item) with the sibling keys added, or unchanged.</summary>
    public static string Mirror(string? fileText, string content)
    {
        if (fileText is null || Item(content) is not { } added || added.Kind == "grpc_server" || Name(added.Fields) is not { } name)
        {
            return content;
        }

        var siblings = Items(fileText).Where(i => i.Kind == added.Kind && Name(i.Fields) is { } n && n != name).ToArray();
        var lines = content.TrimEnd('\n').Split('\n');
        if (siblings.Length == 0 || lines.Length < 2)
        {
            return content;
        }

        var indent = lines[1][..(lines[1].Length - lines[1].TrimStart(' ').Length)];
        var extra = "";
        foreach (var key in s_mirrored.Where(k => !added.Fields.ContainsKey(k)))
        {
            var patterns = siblings.Select(s => s.Fields.TryGetValue(key, out var v) ? Generalise(v, Name(s.Fields)!) : null).Distinct().ToArray();
            if (patterns is [{ } pattern] && pattern.Replace("\u0000", name, StringComparison.Ordinal) is var value && PlainPath().IsMatch(value))
            {
                extra += $"{indent}{key}: {value}\n";
            }
        }

        return extra.Length == 0 ? content : content + extra;
    }

    // The value with each path segment equal to the sibling's name replaced by a placeholder.
    private static string Generalise(string value, string name) => string.Join('/', value.Split('/').Select(s => s == name ? "\u0000" : s));

    private static string? Name(IReadOnlyDictionary<string, string> fields) => fields.GetValueOrDefault("location_name");

    private static (string Kind, Dictionary<string, string> Fields)? Item(string content) => Parse(content) is YamlSequenceNode { Children: [var item] } ? Entry(item) : null;

    private static IEnumerable<(string Kind, Dictionary<string, string> Fields)> Items(string text) =>
        Parse(text) is YamlMappingNode root && root.Children.TryGetValue(new YamlScalarNode("load_from"), out var list) && list is YamlSequenceNode items
            ? items.Children.Select(Entry).OfType<(string, Dictionary<string, string>)>()
            : [];

    private static (string Kind, Dictionary<string, string> Fields)? Entry(YamlNode item)
    {
        if (item is not YamlMappingNode { Children.Count: 1 } map || map.Children.First() is not { Key: YamlScalarNode { Value: { } kind }, Value: YamlMappingNode body })
        {
            return null;
        }

        var fields = body.Children.Where(p => p.Key is YamlScalarNode { Value: not null } && p.Value is YamlScalarNode { Value: not null })
            .ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!, StringComparer.Ordinal);
        return (kind, fields);
    }

    private static YamlNode? Parse(string text) =>
        YamlText.Parse(text).Stream is { Documents.Count: 1 } stream ? stream.Documents[0].RootNode : null;

    [GeneratedRegex(@"^[A-Za-z0-9_./~+-]+$")]
    private static partial Regex PlainPath();
}
