using ModuleGen.Core.Common;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Mcp.Cli;

/// <summary>Reads `new --data-file`: a YAML mapping of variable → value, or an answers file
/// (<c>.modulegen-answers.yaml</c>: pack, variables, addons) to scaffold the same way again.</summary>
internal static class DataFile
{
    /// <summary>Fills <paramref name="answers"/> from the file; returns a one-line problem when it cannot be read.</summary>
    public static string? Read(string path, NewAnswers answers)
    {
        if (!File.Exists(path))
        {
            return $"--data-file '{path}' does not exist.";
        }

        YamlStream yaml;
        try
        {
            // The one YAML path every file ModuleGen reads takes: an answers file from a repository nests at most 64 deep.
            yaml = YamlText.Load(File.ReadAllText(path));
        }
        catch (YamlException ex)
        {
            return $"--data-file '{path}' is not valid YAML (line {ex.Start.Line}, column {ex.Start.Column}): {ex.Message}";
        }

        if (yaml.Documents.Count == 0)
        {
            return null;
        }

        if (yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            return $"--data-file '{path}' must be a mapping of variable: value.";
        }

        // An answers file nests the variables and names the pack and add-ons; a plain data file is just the variables.
        var isAnswers = root.Children.ContainsKey(new YamlScalarNode("variables")) && root.Children.ContainsKey(new YamlScalarNode("pack"));
        var variables = isAnswers ? root.Children[new YamlScalarNode("variables")] as YamlMappingNode : root;
        if (isAnswers)
        {
            answers.Template ??= (root.Children[new YamlScalarNode("pack")] as YamlScalarNode)?.Value;
            if (answers.Addons is null && root.Children.TryGetValue(new YamlScalarNode("addons"), out var addons) && addons is YamlSequenceNode list)
            {
                answers.Addons = [.. list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")];
            }
        }

        foreach (var (key, value) in variables?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            if (key is not YamlScalarNode { Value: { } name } || value is not YamlScalarNode scalar)
            {
                return $"--data-file '{path}': '{key}' must be a name with a single value (line {key.Start.Line}).";
            }

            answers.Variables.TryAdd(name, scalar.Value ?? "");
        }

        return null;
    }
}
