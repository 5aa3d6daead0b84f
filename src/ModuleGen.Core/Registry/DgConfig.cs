using ModuleGen.Core.Audit;
using ModuleGen.Core.Common;
using ModuleGen.Core.Registry.Toml;

namespace ModuleGen.Core.Registry;

/// <summary>Reads dg's configuration the way dg reads it, from a dg.toml (at the top level) or a pyproject.toml (under
/// <c>[tool.dg]</c>): whether it declares a workspace or a project, and every field dg would reject. dg validates with
/// closed schemas: <c>directory_type</c> ("workspace" or "project") is required; a workspace holds only
/// <c>directory_type</c>, <c>workspace</c> and <c>cli</c>, its <c>workspace.projects</c> elements only a <c>path</c>; a
/// project only <c>directory_type</c>, <c>project</c> and <c>cli</c>, with a required <c>project.root_module</c>.
/// Anything else is "Unrecognized fields" to dg, so ModuleGen never writes a workspace element into a project's file.</summary>
/// <param name="Prefix">The table path the configuration sits under ("" for dg.toml, "tool.dg" for pyproject.toml).</param>
internal sealed record DgConfig(string Prefix)
{
    private static readonly string[] s_projectKeys = ["root_module", "defs_module", "code_location_target_module", "code_location_name", "registry_modules", "python_environment"];

    /// <summary>Gets the dotted name of a table under the prefix ("workspace.projects" → "tool.dg.workspace.projects").</summary>
    public string Name(string table) => Prefix.Length == 0 ? table : $"{Prefix}.{table}";

    /// <summary>Returns "workspace", "project" or null (the file declares no dg configuration) as dg would read it: the
    /// <c>directory_type</c>, else the table present (a workspace without <c>directory_type</c> is still meant as one).</summary>
    public string? TypeOf(TomlDocument document)
    {
        if (Root(document)?.Find("directory_type")?.Value is string declared)
        {
            return declared;
        }

        if (document.Tables.Any(t => t.Name == Name("workspace") || t.Name.StartsWith(Name("workspace") + ".", StringComparison.Ordinal)))
        {
            return "workspace";
        }

        return document.Tables.Any(t => t.Name == Name("project")) ? "project" : null;
    }

    /// <summary>Returns every field dg would reject, each with its line, in dg's own words.</summary>
    public IReadOnlyList<RegistryFinding> Problems(TomlDocument document, string file)
    {
        var problems = new List<RegistryFinding>();
        var root = Root(document);
        var type = root?.Find("directory_type")?.Value as string;
        if (type is not ("workspace" or "project"))
        {
            var meant = TypeOf(document) ?? "workspace";
            problems.Add(At(file, root?.Find("directory_type")?.Line ?? root?.Line ?? 1, type is null
                ? $"dg rejects it: the required value `{Name("directory_type")}` is missing"
                : $"dg rejects it: `{Name("directory_type")}` is \"{type}\", not \"workspace\" or \"project\"",
                $"Add `directory_type = \"{meant}\"` {(Prefix.Length == 0 ? "at the top of the file" : $"under [{Prefix}]")}."));
            type = meant;
        }

        var allowed = new[] { "directory_type", "cli", type };
        foreach (var entry in root?.Entries.Where(e => !allowed.Contains(e.Key[0], StringComparer.Ordinal)) ?? [])
        {
            problems.Add(At(file, entry.Line, $"dg rejects it: unrecognized field `{string.Join('.', entry.Key)}` at `{(Prefix.Length == 0 ? "the top level" : Prefix)}`", "Remove the field (dg reads only directory_type, cli and the table of its type)."));
        }

        foreach (var table in document.Tables.Where(t => t.Path.Count > 0 && (Prefix.Length == 0 || t.Name == Prefix || t.Name.StartsWith(Prefix + ".", StringComparison.Ordinal))))
        {
            var name = Prefix.Length == 0 ? table.Name : table.Name.Length > Prefix.Length ? table.Name[(Prefix.Length + 1)..] : "";
            var first = name.Split('.')[0];
            if (name.Length > 0 && first is not ("cli" or "workspace" or "project"))
            {
                problems.Add(At(file, table.Line, $"dg rejects it: unrecognized table `[{table.Name}]`", "Remove the table; dg reads only cli, workspace and project."));
            }
            else if (first != "cli" && name.Length > 0 && first != type)
            {
                problems.Add(At(file, table.Line, $"dg rejects it: a {type} configuration has no `[{table.Name}]`", $"Remove the table, or make the file a {first} (directory_type = \"{first}\")."));
            }
            else if (name == "workspace.projects")
            {
                problems.AddRange(table.Entries.Where(e => e.Key[0] != "path").Select(e => At(file, e.Line, $"dg rejects it: unrecognized field `{e.Key[0]}` in a `[[{table.Name}]]` element", "Keep only path = \"…\" in each project element.")));
                if (table.Find("path")?.Value is not string)
                {
                    problems.Add(At(file, table.Line, $"dg rejects it: a `[[{table.Name}]]` element needs `path = \"…\"` (a string)", "Give the project's folder, relative to this file."));
                }
            }
            else if (name == "workspace" && table.Find("projects") is { } inline)
            {
                problems.Add(At(file, inline.Line, $"dg rejects it: `{Name("workspace.projects")}` is a list of tables with a `path` each, not `projects = [...]`", $"Write one [[{Name("workspace.projects")}]] table with path = \"…\" per project."));
            }
            else if (name == "project")
            {
                problems.AddRange(table.Entries.Where(e => !s_projectKeys.Contains(e.Key[0], StringComparer.Ordinal)).Select(e => At(file, e.Line, $"dg rejects it: unrecognized field `{e.Key[0]}` at `{table.Name}`", "Remove the field.")));
                if (table.Find("root_module")?.Value is not string)
                {
                    problems.Add(At(file, table.Line, $"dg rejects it: `{table.Name}.root_module` is required", "Name the project's Python package: root_module = \"…\"."));
                }
            }
        }

        return problems;
    }

    /// <summary>Returns the refusal for a file whose <c>workspace.projects</c> is an inline array: no <c>[[…]]</c>
    /// element can be added to a table already defined as an array of strings (TOML: defined twice).</summary>
    public ToolError? InlineProjects(TomlDocument document, string file) =>
        document.Tables.FirstOrDefault(t => t.Name == Name("workspace") && !t.IsArrayElement)?.Find("projects") is { } inline
            ? ToolError.Create(ErrorCodes.RegistryResultInvalid, "/module",
                $"'{file}' defines `{Name("workspace.projects")}` as an inline array (line {inline.Line}: projects = [...]); TOML cannot add a [[{Name("workspace.projects")}]] table to an array already defined, and dg expects tables with a path, not strings.",
                $"Rewrite the list as one [[{Name("workspace.projects")}]] table with path = \"…\" per project, then register the module again.") with
            {
                Found = file,
                Location = new SourceLocation(file, inline.Line, 1),
            }
            : null;

    private TomlTable? Root(TomlDocument document) =>
        Prefix.Length == 0 ? document.Tables.FirstOrDefault(t => t.Path.Count == 0) : document.Tables.FirstOrDefault(t => !t.IsArrayElement && t.Name == Prefix);

    private static RegistryFinding At(string file, int line, string message, string hint) =>
        new(ErrorCodes.RegistryFileInvalid, Severity.Error, $"'{file}': {message}.", hint) { File = file, Line = line };
}
