using System.Globalization;
using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Templates;

/// <summary>Reads the variables and add-ons sections of a template.yaml and checks each declaration on its own
/// (names, types, defaults, patterns, choices, add-on references).</summary>
internal static partial class ManifestVariablesReader
{
    /// <summary>Names the model reserves for itself; a variable may not take them.</summary>
    public static readonly IReadOnlyList<string> ReservedNames = ["addons", "pack", "target_dir", ModuleGen.Core.Scaffolding.SiblingPins.ModelName, ModuleGen.Core.Registry.RegistryModel.ModelName];

    public static IReadOnlyList<PackVariable> Variables(ManifestReader r, YamlNode? node)
    {
        var variables = new List<PackVariable>();
        if (node is not (null or YamlMappingNode))
        {
            r.Invalid(node, "/variables", "must be a mapping of variable names to their declarations", "Write 'variables:' followed by 'name: {type: string}' entries.");
            return variables;
        }

        foreach (var (keyNode, value) in (node as YamlMappingNode)?.Children.ToArray() ?? [])
        {
            var name = ((YamlScalarNode)keyNode).Value ?? "";
            var pointer = $"/variables/{name}";
            if (!Identifier().IsMatch(name) || ReservedNames.Contains(name))
            {
                r.Invalid(keyNode, pointer, "must be a snake_case name (a-z, 0-9, _) that is not addons, pack, target_dir, sibling_pins or registry", "Rename the variable.");
                continue;
            }

            var map = r.Map(value, pointer, "type", "required", "default", "pattern", "choices", "description", "minimum", "condition");
            var typeText = r.String(map, "type", pointer) ?? "string";
            if (!Enum.TryParse<VariableType>(typeText, ignoreCase: true, out var type) || typeText.Any(char.IsUpper) || int.TryParse(typeText, out _))
            {
                r.Invalid(map["type"], $"{pointer}/type", "must be one of string, int, bool, choice, port, cron, timezone, module", "Pick one of the listed types.");
                continue;
            }

            var variable = new PackVariable(name, type, r.Bool(map, "required", pointer, false), r.String(map, "default", pointer),
                r.String(map, "pattern", pointer), r.List(map, "choices", pointer), r.String(map, "description", pointer) ?? "")
            {
                DefaultLocation = map.TryGetValue("default", out var d) ? r.LocationOf(d) : null,
                Minimum = r.String(map, "minimum", pointer),
                When = ManifestEntriesReader.Condition(r, map, pointer),
            };
            if (variable.Minimum is { } minimum && (variable.Type != VariableType.String || Versions.Parse(minimum) is null))
            {
                r.Invalid(map["minimum"], $"{pointer}/minimum", "must be a dotted version (e.g. 1.11.10) on a string variable", "Give the lowest version the pack's templates work with.");
            }

            CheckDeclaration(r, variable, map, pointer, value);
            variables.Add(variable);
        }

        return variables;
    }

    public static IReadOnlyList<PackAddon> Addons(ManifestReader r, YamlNode? node)
    {
        var addons = new List<PackAddon>();
        if (node is not (null or YamlMappingNode))
        {
            r.Invalid(node, "/addons", "must be a mapping of add-on names to their declarations", "Write 'addons:' followed by 'name: {description: …}' entries.");
            return addons;
        }

        foreach (var (keyNode, value) in (node as YamlMappingNode)?.Children.ToArray() ?? [])
        {
            var name = ((YamlScalarNode)keyNode).Value ?? "";
            var pointer = $"/addons/{name}";
            if (!AddonName().IsMatch(name))
            {
                r.Invalid(keyNode, pointer, "must be a kebab-case name (a-z, 0-9, -)", "Rename the add-on.");
                continue;
            }

            var map = r.Map(value, pointer, "description", "conflicts", "requires");
            addons.Add(new PackAddon(name, r.String(map, "description", pointer) ?? "", r.List(map, "conflicts", pointer), r.List(map, "requires", pointer)));
        }

        var names = addons.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var addon in addons)
        {
            foreach (var (list, key) in new[] { (addon.Conflicts, "conflicts"), (addon.Requires, "requires") })
            {
                foreach (var other in list.Where(o => !names.Contains(o) || o == addon.Name))
                {
                    r.Add(ToolError.Create(ErrorCodes.TemplateManifestInvalid, $"/addons/{addon.Name}/{key}",
                        $"Add-on '{addon.Name}' {key} '{other}', which is {(other == addon.Name ? "itself" : "not a declared add-on")} in {r.FileLabel}.",
                        $"Declared add-ons: {string.Join(", ", names.Order(StringComparer.Ordinal))}.").WithFound(other));
                }
            }
        }

        return addons;
    }

    private static void CheckDeclaration(ManifestReader r, PackVariable v, IReadOnlyDictionary<string, YamlNode> map, string pointer, YamlNode node)
    {
        if (v.Pattern is not null && !Compiles(v.Pattern))
        {
            r.Invalid(map["pattern"], $"{pointer}/pattern", "is not a valid .NET regular expression", "Fix the pattern.");
        }

        if (v.Required && v.Default is not null)
        {
            r.Invalid(map["default"], $"{pointer}/default", "is set on a required variable (a default makes it optional)", "Remove 'required: true' or the default.");
        }

        if (v.Type == VariableType.Choice != (v.Choices.Count > 0))
        {
            r.Invalid(node, $"{pointer}/choices", v.Type == VariableType.Choice ? "needs a non-empty 'choices' list" : "has 'choices' but is not of type choice", "Use 'choices' with 'type: choice' only.");
        }

        if (v.Default is not { } value)
        {
            if (!v.Required && v.Type is VariableType.Int or VariableType.Choice or VariableType.Port)
            {
                r.Invalid(node, pointer, $"is an optional {v.Type.ToString().ToLowerInvariant()} variable without a default", "Add a default or 'required: true'.");
            }

            return;
        }

        var fits = v.Type switch
        {
            VariableType.Int => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            VariableType.Bool => value is "true" or "false",
            VariableType.Choice => v.Choices.Contains(value, StringComparer.Ordinal),
            VariableType.Port => value == "auto" || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535),
            _ => true,
        };
        if (!fits)
        {
            r.Invalid(map["default"], $"{pointer}/default", $"does not fit type {v.Type.ToString().ToLowerInvariant()}", v.Type == VariableType.Port ? "Use 'auto' or a port from 1 to 65535." : "Give a default of the declared type.");
        }
    }

    private static bool Compiles(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex AddonName();
}
