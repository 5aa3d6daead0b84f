using ModuleGen.Core.Common;
using System.Text;
using ModuleGen.Core.Templates;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Writes the answers file as deterministic YAML (sorted keys, double-quoted strings, LF) and reads one back.</summary>
public static class AnswersFileFormat
{
    private const string Header = "# Written by ModuleGen: how this folder was scaffolded. Used to verify, audit and re-run; do not edit by hand.\n";

    /// <summary>Writes the answers as YAML text.</summary>
    public static string Write(AnswersFile answers)
    {
        var text = new StringBuilder(Header);
        text.Append("pack: ").Append(DoubleQuoted.Of(answers.Pack)).Append('\n');
        text.Append("version: ").Append(DoubleQuoted.Of(answers.Version)).Append('\n');
        text.Append(answers.Variables.Count == 0 ? "variables: {}\n" : "variables:\n");
        foreach (var (name, value) in answers.Variables.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            text.Append("  ").Append(name).Append(": ").Append(Scalar(value)).Append('\n');
        }

        text.Append(answers.Addons.Count == 0 ? "addons: []\n" : "addons:\n");
        foreach (var addon in answers.Addons.Order(StringComparer.Ordinal))
        {
            text.Append("  - ").Append(DoubleQuoted.Of(addon)).Append('\n');
        }

        text.Append(answers.Files.Count == 0 ? "files: {}\n" : "files:\n");
        foreach (var (path, hash) in answers.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append("  ").Append(DoubleQuoted.Of(path)).Append(": ").Append(DoubleQuoted.Of(hash)).Append('\n');
        }

        text.Append(answers.Injections.Count == 0 ? "injections: []\n" : "injections:\n");
        foreach (var injection in answers.Injections.OrderBy(i => i.Target, StringComparer.Ordinal).ThenBy(i => i.Marker, StringComparer.Ordinal))
        {
            text.Append("  - target: ").Append(DoubleQuoted.Of(injection.Target)).Append('\n');
            text.Append("    marker: ").Append(DoubleQuoted.Of(injection.Marker)).Append('\n');
            text.Append("    sha256: ").Append(DoubleQuoted.Of(injection.Sha256)).Append('\n');
        }

        WriteDeployments(text, answers.Deployments);
        WriteMigrations(text, answers.Migrations);
        return text.ToString();
    }

    // Only present when a deployment exists, so answers files without deployments keep their earlier bytes.
    private static void WriteDeployments(StringBuilder text, IReadOnlyList<AnswersDeployment> deployments)
    {
        if (deployments.Count == 0)
        {
            return;
        }

        text.Append("deployments:\n");
        foreach (var deployment in deployments.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            text.Append("  - name: ").Append(DoubleQuoted.Of(deployment.Name)).Append('\n');
            text.Append("    strategy: ").Append(DoubleQuoted.Of(deployment.Strategy)).Append('\n');
            text.Append(deployment.Settings.Count == 0 ? "    settings: {}\n" : "    settings:\n");
            foreach (var (key, value) in deployment.Settings.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                text.Append("      ").Append(key).Append(':');
                if (value is IReadOnlyList<string> list)
                {
                    text.Append(list.Count == 0 ? " []\n" : "\n");
                    foreach (var item in list)
                    {
                        text.Append("        - ").Append(DoubleQuoted.Of(item)).Append('\n');
                    }
                }
                else
                {
                    text.Append(' ').Append(Scalar(value)).Append('\n');
                }
            }

            text.Append(deployment.Files.Count == 0 ? "    files: {}\n" : "    files:\n");
            foreach (var (path, hash) in deployment.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                text.Append("      ").Append(DoubleQuoted.Of(path)).Append(": ").Append(DoubleQuoted.Of(hash)).Append('\n');
            }
        }
    }

    // Only present when a migration left steps to the agent, so other answers files keep their earlier bytes.
    private static void WriteMigrations(StringBuilder text, IReadOnlyList<AnswersMigration> migrations)
    {
        if (migrations.Count == 0)
        {
            return;
        }

        text.Append("migrations:\n");
        foreach (var migration in migrations.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            text.Append("  - id: ").Append(DoubleQuoted.Of(migration.Id)).Append('\n');
            text.Append("    version: ").Append(DoubleQuoted.Of(migration.Version)).Append('\n');
            text.Append("    status: ").Append(DoubleQuoted.Of(migration.Status)).Append('\n');
        }
    }

    /// <summary>Reads answers text; returns null when it is not a readable answers file (callers then treat the folder as new).</summary>
    public static AnswersFile? Read(string yaml)
    {
        try
        {
            var stream = YamlText.Load(yaml);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                return null;
            }

            return new AnswersFile(
                Text(root, "pack") ?? "",
                Text(root, "version") ?? "",
                Scalars(Child(root, "variables")),
                Child(root, "addons") is YamlSequenceNode addons ? addons.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToArray() : [],
                Pairs(root, "files").Select(p => new KeyValuePair<string, string>(p.Key, p.Value ?? "")).ToArray(),
                Child(root, "injections") is YamlSequenceNode injections
                    ? injections.Children.OfType<YamlMappingNode>().Select(m => new AnswersInjection(Text(m, "target") ?? "", Text(m, "marker") ?? "", Text(m, "sha256") ?? "")).ToArray()
                    : [])
            {
                Deployments = Child(root, "deployments") is YamlSequenceNode deployments
                    ? deployments.Children.OfType<YamlMappingNode>().Select(Deployment).OrderBy(d => d.Name, StringComparer.Ordinal).ToArray()
                    : [],
                Migrations = Child(root, "migrations") is YamlSequenceNode migrations
                    ? migrations.Children.OfType<YamlMappingNode>()
                        .Select(m => new AnswersMigration(Text(m, "id") ?? "", Text(m, "version") ?? "", Text(m, "status") ?? AnswersMigration.Pending))
                        .Where(m => m.Id.Length > 0).OrderBy(m => m.Id, StringComparer.Ordinal).ToArray()
                    : [],
            };
        }
        catch (YamlException)
        {
            return null;
        }
    }


    private static string Scalar(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long or int => TemplateFunctions.Text(value),
        _ => DoubleQuoted.Of(TemplateFunctions.Text(value)),
    };

    private static AnswersDeployment Deployment(YamlMappingNode map) =>
        new(Text(map, "name") ?? "", Text(map, "strategy") ?? "", Scalars(Child(map, "settings")),
            Pairs(map, "files").Select(p => new KeyValuePair<string, string>(p.Key, p.Value ?? "")).ToArray());

    // Plain (unquoted) scalars keep their type, so a file read and written again keeps its bytes: 4000 stays a number.
    private static KeyValuePair<string, object?>[] Scalars(YamlNode? node) =>
        node is YamlMappingNode map
            ? map.Children.Where(p => p.Key is YamlScalarNode).Select(p => new KeyValuePair<string, object?>(((YamlScalarNode)p.Key).Value ?? "", Value(p.Value))).ToArray()
            : [];

    private static object? Value(YamlNode node) => node switch
    {
        YamlSequenceNode list => (IReadOnlyList<string>)list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToArray(),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } s => s.Value == "true",
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "null" or "~" } => null,
        YamlScalarNode { Style: ScalarStyle.Plain } s when long.TryParse(s.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var whole) => whole,
        YamlScalarNode s => s.Value,
        _ => null,
    };

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Text(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value;

    private static IEnumerable<KeyValuePair<string, string?>> Pairs(YamlMappingNode map, string key) =>
        Child(map, key) is YamlMappingNode inner
            ? inner.Children.Where(p => p.Key is YamlScalarNode && p.Value is YamlScalarNode)
                .Select(p => new KeyValuePair<string, string?>(((YamlScalarNode)p.Key).Value ?? "", ((YamlScalarNode)p.Value).Value))
            : [];
}
