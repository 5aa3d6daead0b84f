using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Templates;

/// <summary>Reads the files, injections and checklist sections of a template.yaml.</summary>
internal static class ManifestEntriesReader
{
    public static IReadOnlyList<PackFile> Files(ManifestReader r, IReadOnlyDictionary<string, YamlNode> root)
    {
        var files = new List<PackFile>();
        var entries = r.Sequence(root, "files", "");
        for (var i = 0; i < entries.Count; i++)
        {
            var pointer = $"/files/{i}";
            var map = r.Map(entries[i], pointer, "source", "destination", "condition");
            var source = r.String(map, "source", pointer, required: true);
            var destination = r.String(map, "destination", pointer, required: true);
            if (source is null || destination is null)
            {
                continue;
            }

            var condition = Condition(r, map, pointer);
            files.Add(new PackFile(source, destination, condition?.Text)
            {
                When = condition,
                Location = r.LocationOf(entries[i]),
                DestinationLocation = r.LocationOf(map["destination"]),
            });
        }

        return files;
    }

    public static IReadOnlyList<PackInjection> Injections(ManifestReader r, IReadOnlyDictionary<string, YamlNode> root)
    {
        var injections = new List<PackInjection>();
        var entries = r.Sequence(root, "injections", "");
        for (var i = 0; i < entries.Count; i++)
        {
            var pointer = $"/injections/{i}";
            var map = r.Map(entries[i], pointer, "target", "relative_to", "marker", "snippet", "anchor", "create_if_missing", "initial", "comment", "indent", "condition");
            var target = r.String(map, "target", pointer, required: true);
            var marker = r.String(map, "marker", pointer, required: true);
            var snippet = r.String(map, "snippet", pointer, required: true);
            var relativeTo = RelativeTo(r, map, pointer);
            var comment = r.String(map, "comment", pointer);
            if (comment is not (null or "#" or "//" or "<!--"))
            {
                r.Invalid(map["comment"], $"{pointer}/comment", "must be '#', '//' or '<!--'", "Pick one of the listed comment styles.");
            }

            var anchor = r.String(map, "anchor", pointer);
            CheckRegex(r, map, "anchor", pointer, anchor);
            if (target is null || marker is null || snippet is null)
            {
                continue;
            }

            var condition = Condition(r, map, pointer);
            injections.Add(new PackInjection(target, relativeTo, marker, snippet, anchor, r.Bool(map, "create_if_missing", pointer, false),
                r.String(map, "initial", pointer) ?? "", comment, r.Int(map, "indent", pointer, 0, 0, 32), condition?.Text)
            {
                When = condition,
                Location = r.LocationOf(entries[i]),
            });
        }

        return injections;
    }

    public static IReadOnlyList<ChecklistItem> Checklist(ManifestReader r, IReadOnlyDictionary<string, YamlNode> root)
    {
        var items = new List<ChecklistItem>();
        var entries = r.Sequence(root, "checklist", "");
        for (var i = 0; i < entries.Count; i++)
        {
            var pointer = $"/checklist/{i}";
            var map = r.Map(entries[i], pointer, "id", "description", "severity", "path", "relative_to", "exists", "must_match", "must_not_match", "condition");
            var id = r.String(map, "id", pointer, required: true);
            var path = r.String(map, "path", pointer, required: true);
            var severity = r.String(map, "severity", pointer) ?? "warning";
            if (severity is not ("error" or "warning" or "info"))
            {
                r.Invalid(map["severity"], $"{pointer}/severity", "must be error, warning or info", "Pick one of the listed severities.");
            }

            var mustMatch = r.String(map, "must_match", pointer);
            var mustNotMatch = r.String(map, "must_not_match", pointer);
            CheckRegex(r, map, "must_match", pointer, mustMatch);
            CheckRegex(r, map, "must_not_match", pointer, mustNotMatch);
            var exists = r.Bool(map, "exists", pointer, true);
            if (!exists && (mustMatch ?? mustNotMatch) is not null)
            {
                r.Invalid(entries[i], pointer, "asks for a path that must not exist and for patterns inside it", "Use either 'exists: false' or the pattern keys.");
            }

            if (id is null || path is null)
            {
                continue;
            }

            var condition = Condition(r, map, pointer);
            items.Add(new ChecklistItem(id, r.String(map, "description", pointer) ?? "", severity, path, RelativeTo(r, map, pointer), exists, mustMatch, mustNotMatch, condition?.Text)
            {
                When = condition,
                Location = r.LocationOf(entries[i]),
            });
        }

        foreach (var duplicate in items.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            r.Add(ToolError.Create(ErrorCodes.TemplateManifestInvalid, "/checklist", $"The checklist id '{duplicate.Key}' is used {duplicate.Count()} times in {r.FileLabel}.", "Give every checklist item its own id.") with
            {
                Location = duplicate.Skip(1).First().Location,
            });
        }

        return items;
    }

    private static string RelativeTo(ManifestReader r, IReadOnlyDictionary<string, YamlNode> map, string pointer)
    {
        var value = r.String(map, "relative_to", pointer) ?? "target";
        if (value is not ("target" or "workspace"))
        {
            r.Invalid(map["relative_to"], $"{pointer}/relative_to", "must be 'target' or 'workspace'", "Use 'target' (the scaffold's target dir) or 'workspace' (the root).");
        }

        return value;
    }

    private static void CheckRegex(ManifestReader r, IReadOnlyDictionary<string, YamlNode> map, string key, string pointer, string? pattern)
    {
        if (pattern is null)
        {
            return;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            r.Invalid(map[key], $"{pointer}/{key}", "is not a valid .NET regular expression", "Fix the pattern.");
        }
    }

    // Parsed here, once, so a condition that is not an expression is a manifest error at its own line and column.
    internal static TemplateCondition? Condition(ManifestReader r, IReadOnlyDictionary<string, YamlNode> map, string pointer)
    {
        var text = r.String(map, "condition", pointer);
        if (text is null)
        {
            return null;
        }

        var parsed = TemplateCondition.Parse(text, r.FileLabel, r.LocationOf(map["condition"]), $"{pointer}/condition");
        foreach (var error in parsed.Errors)
        {
            r.Add(error);
        }

        return parsed.IsOk ? parsed.Value : null;
    }
}
