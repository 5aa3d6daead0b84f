using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Templates;

/// <summary>Reads the <c>migrations:</c> section of a template.yaml and checks it against the rest of the manifest:
/// versions that read as numbers, in order, none after the pack's own; ids unique; each step exactly one kind with its
/// keys; paths relative; variables declared; sources present under files/.</summary>
/// <remarks>
/// <code>
/// migrations:
///   - version: 2.0.0
///     id: dg-project-layout
///     description: One line on what it changes.
///     steps:
///       - move: "{{ snake module }}"          # a file or a folder, relative to the module
///         to: "src/{{ snake module }}"
///       - delete: tests/__init__.py          # only when not edited; an edited file is kept and flagged
///       - rename_variable: old_name
///         to: new_name
///       - set_variable: name
///         value: "{{ some template }}"
///       - edit: pyproject.toml               # the content of a modulegen marker block
///         marker: tool-dg
///         snippet: migrations/tool-dg.toml.sbn
///       - agent: review-imports              # Markdown for the agent, returned as pending work
///         instructions: migrations/review-imports.md.sbn
/// </code>
/// </remarks>
internal static partial class ManifestMigrationsReader
{
    private static readonly (string Key, MigrationStep.StepKind Kind, string[] Keys)[] s_kinds =
    [
        ("move", MigrationStep.StepKind.Move, ["move", "to"]),
        ("delete", MigrationStep.StepKind.Delete, ["delete"]),
        ("rename_variable", MigrationStep.StepKind.RenameVariable, ["rename_variable", "to"]),
        ("set_variable", MigrationStep.StepKind.SetVariable, ["set_variable", "value"]),
        ("edit", MigrationStep.StepKind.Edit, ["edit", "marker", "snippet"]),
        ("agent", MigrationStep.StepKind.Agent, ["agent", "instructions"]),
    ];

    public static IReadOnlyList<PackMigration> Read(ManifestReader r, IReadOnlyDictionary<string, YamlNode> root)
    {
        var migrations = new List<PackMigration>();
        var entries = r.Sequence(root, "migrations", "");
        for (var i = 0; i < entries.Count; i++)
        {
            var pointer = $"/migrations/{i}";
            var map = r.Map(entries[i], pointer, "version", "id", "description", "steps");
            var version = r.String(map, "version", pointer, required: true);
            var id = r.String(map, "id", pointer, required: true);
            if (version is not null && !PackVersions.IsValid(version))
            {
                r.Invalid(map["version"], $"{pointer}/version", "must be a version of dotted whole numbers, e.g. 2.0.0", "Write the pack version the migration leads to.");
            }

            if (id is not null && !Identifier().IsMatch(id))
            {
                r.Invalid(map["id"], $"{pointer}/id", "must be lowercase letters, digits, '-' or '_', starting with a letter", "Use a name such as dg-project-layout.");
            }

            var nodes = r.Sequence(map, "steps", pointer);
            if (nodes.Count == 0 && map.ContainsKey("id"))
            {
                r.Invalid(entries[i], $"{pointer}/steps", "has no steps", "List what the migration does under 'steps:'.");
            }

            var steps = nodes.Select((node, j) => Step(r, node, $"{pointer}/steps/{j}")).OfType<MigrationStep>().ToArray();
            if (version is not null && id is not null)
            {
                migrations.Add(new PackMigration(version, id, r.String(map, "description", pointer) ?? "", steps) { Location = r.LocationOf(entries[i]) });
            }
        }

        return migrations;
    }

    /// <summary>Checks the migrations against the whole manifest (its version, variables and sources).</summary>
    public static void Check(ManifestReader r, PackManifest m, Action<string, string, SourceLocation?> checkSource, Action<string, string, SourceLocation?> checkPath)
    {
        var agents = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var variables = m.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < m.Migrations.Count; i++)
        {
            var migration = m.Migrations[i];
            var pointer = $"/migrations/{i}";
            if (!ids.Add(migration.Id))
            {
                Refuse(r, $"{pointer}/id", $"The migration id '{migration.Id}' is used twice in {r.FileLabel}.", "Give every migration its own id.", migration.Location);
            }

            if (PackVersions.IsValid(migration.Version) && PackVersions.IsValid(m.Version) && PackVersions.IsOlder(m.Version, migration.Version))
            {
                Refuse(r, $"{pointer}/version", $"The migration '{migration.Id}' leads to {migration.Version}, after the pack's own version {m.Version}.", "Raise the pack's version with the migration, or lower the migration's.", migration.Location);
            }

            if (i > 0 && PackVersions.IsOlder(migration.Version, m.Migrations[i - 1].Version))
            {
                Refuse(r, $"{pointer}/version", $"The migration '{migration.Id}' ({migration.Version}) comes after one leading to {m.Migrations[i - 1].Version}.", "Order the migrations by the version they lead to.", migration.Location);
            }

            for (var j = 0; j < migration.Steps.Count; j++)
            {
                CheckStep(r, migration.Steps[j], $"{pointer}/steps/{j}", variables, agents, checkSource, checkPath);
            }
        }
    }

    private static void CheckStep(ManifestReader r, MigrationStep step, string pointer, HashSet<string> variables, HashSet<string> agents,
        Action<string, string, SourceLocation?> checkSource, Action<string, string, SourceLocation?> checkPath)
    {
        switch (step.Kind)
        {
            case MigrationStep.StepKind.Move:
                checkPath(step.Target, $"{pointer}/move", step.Location);
                checkPath(step.To!, $"{pointer}/to", step.Location);
                break;
            case MigrationStep.StepKind.Delete:
                checkPath(step.Target, $"{pointer}/delete", step.Location);
                break;
            case MigrationStep.StepKind.Edit:
                checkPath(step.Target, $"{pointer}/edit", step.Location);
                checkSource(step.Source!, $"{pointer}/snippet", step.Location);
                break;
            case MigrationStep.StepKind.Agent:
                checkSource(step.Source!, $"{pointer}/instructions", step.Location);
                if (!agents.Add(step.Target))
                {
                    Refuse(r, $"{pointer}/agent", $"The agent step id '{step.Target}' is used twice in {r.FileLabel}.", "Give every agent step its own id.", step.Location);
                }

                break;
            case MigrationStep.StepKind.RenameVariable when !variables.Contains(step.To!):
                Refuse(r, $"{pointer}/to", $"rename_variable leads to '{step.To}', which the pack does not declare.", "Rename to a variable declared under 'variables:'.", step.Location);
                break;
            case MigrationStep.StepKind.SetVariable when !variables.Contains(step.Target):
                Refuse(r, $"{pointer}/set_variable", $"set_variable names '{step.Target}', which the pack does not declare.", "Set a variable declared under 'variables:'.", step.Location);
                break;
        }
    }

    private static MigrationStep? Step(ManifestReader r, YamlNode node, string pointer)
    {
        var kinds = node is YamlMappingNode mapping
            ? s_kinds.Where(k => mapping.Children.ContainsKey(new YamlScalarNode(k.Key))).ToArray()
            : [];
        if (kinds.Length != 1)
        {
            r.Invalid(node, pointer, "must name exactly one action", $"Start the step with one of: {string.Join(", ", s_kinds.Select(k => k.Key))}.");
            return null;
        }

        var (key, kind, keys) = kinds[0];
        var map = r.Map(node, pointer, keys);
        var values = keys.Select(k => r.String(map, k, pointer, required: true)).ToArray();
        if (values.Any(v => v is null))
        {
            return null;
        }

        if (kind == MigrationStep.StepKind.Agent && !Identifier().IsMatch(values[0]!))
        {
            r.Invalid(map[key], $"{pointer}/{key}", "must be lowercase letters, digits, '-' or '_', starting with a letter", "Name the agent step, e.g. review-imports.");
        }

        var location = r.LocationOf(node);
        return kind switch
        {
            MigrationStep.StepKind.Move or MigrationStep.StepKind.RenameVariable => new MigrationStep(kind, values[0]!, To: values[1]) { Location = location },
            MigrationStep.StepKind.SetVariable => new MigrationStep(kind, values[0]!, Value: values[1]) { Location = location },
            MigrationStep.StepKind.Edit => new MigrationStep(kind, values[0]!, Marker: values[1], Source: values[2]) { Location = location },
            MigrationStep.StepKind.Agent => new MigrationStep(kind, values[0]!, Source: values[1]) { Location = location },
            _ => new MigrationStep(kind, values[0]!) { Location = location },
        };
    }

    private static void Refuse(ManifestReader r, string pointer, string message, string hint, SourceLocation? location) =>
        r.Add(ToolError.Create(ErrorCodes.TemplateManifestInvalid, pointer, message, hint) with { Location = location });

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,63}$")]
    private static partial Regex Identifier();
}
