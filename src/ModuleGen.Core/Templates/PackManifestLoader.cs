using System.Collections.Concurrent;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Templates;

/// <summary>Loads a pack's template.yaml: YAML syntax, known keys, value types, and the cross-checks that need the
/// whole manifest (conditions name declared add-ons or variables, sources exist under files/, destinations stay
/// relative). Every problem carries the manifest's file, line and column.</summary>
/// <remarks>A loaded pack is kept per folder (at most <see cref="MaxCachedPacks"/>) and reused while its template.yaml
/// holds the same text and each source it checked still exists or is still missing, so a scaffold reads the manifest
/// but does not parse and cross-check it again; any change on disk loads it afresh.</remarks>
public static class PackManifestLoader
{
    public const string FileName = "template.yaml";
    public const string FilesFolder = "files";

    private const int MaxCachedPacks = 256;

    private static readonly ConcurrentDictionary<string, Loaded> s_loaded = new(StringComparer.Ordinal);

    /// <summary>Loads the manifest of the pack in <paramref name="packDirectory"/>; <paramref name="label"/> names the file in errors.</summary>
    public static Result<PackManifest> Load(string packDirectory, string label)
    {
        var path = Path.Join(packDirectory, FileName);
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            return ToolError.Create(ErrorCodes.TemplateManifestMissing, "", $"The pack folder '{Path.GetFileName(packDirectory)}' has no {FileName}.",
                $"Add {FileName} (name, version, description, variables, addons, files) or remove the folder.").WithFound(label);
        }

        try
        {
            // A pack arrives with a git pull: its manifest is read as a capped regular file inside the pack, so a FIFO,
            // a device or a link to /dev/zero in its place is refused at once instead of hanging or filling memory.
            var yaml = PackFileReader.ReadText(packDirectory, FileName, PackFileReader.MaxManifestBytes);
            if (s_loaded.TryGetValue(packDirectory, out var loaded) && loaded.Holds(yaml, label))
            {
                return loaded.Result;
            }

            var sources = new List<(string Path, bool Exists)>();
            var result = Parse(yaml, label, packDirectory, sources);
            if (s_loaded.Count >= MaxCachedPacks)
            {
                s_loaded.Clear();
            }

            s_loaded[packDirectory] = new Loaded(yaml, label, sources.ToArray(), result);
            return result;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ToolError.Create(ErrorCodes.ReadFailed, "", $"Could not read {label}: {WorkspaceIOException.Describe(ex)}.",
                $"Make {FileName} a regular file of at most {PackFileReader.MaxManifestBytes / (1024 * 1024)} MiB inside the pack folder.") with { Found = label, Location = new SourceLocation(label, 1, 1) };
        }
    }

    /// <summary>Parses manifest text; with a <paramref name="packDirectory"/>, sources are checked to exist and the name to match the folder.</summary>
    public static Result<PackManifest> Parse(string yaml, string label, string? packDirectory = null) => Parse(yaml, label, packDirectory, null);

    // Records in sources each file existence the cross-check looked at, the only input besides the text and the folder.
    private static Result<PackManifest> Parse(string yaml, string label, string? packDirectory, List<(string Path, bool Exists)>? sources)
    {
        YamlNode? rootNode;
        try
        {
            var stream = YamlText.Load(yaml);
            rootNode = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            return ToolError.Create(ErrorCodes.TemplateManifestSyntax, "", $"{label} is not valid YAML: {ex.InnerException?.Message ?? ex.Message}",
                "Fix the YAML syntax at the line and column given.") with { Location = new SourceLocation(label, (int)ex.Start.Line, (int)ex.Start.Column) };
        }

        var r = new ManifestReader(label);
        if (rootNode is not YamlMappingNode)
        {
            return ToolError.Create(ErrorCodes.TemplateManifestInvalid, "", $"{label} must be a mapping with name, version, description, variables, addons and files.",
                "Start the file with 'name: <pack>'.") with { Location = new SourceLocation(label, 1, 1) };
        }

        var root = r.Map(rootNode, "", "name", "version", "description", "variables", "addons", "files", "injections", "checklist", "conventions", "migrations");
        var manifest = new PackManifest(
            r.String(root, "name", "", required: true) ?? "",
            r.String(root, "version", "", required: true) ?? "",
            r.String(root, "description", "") ?? "",
            ManifestVariablesReader.Variables(r, root.GetValueOrDefault("variables")),
            ManifestVariablesReader.Addons(r, root.GetValueOrDefault("addons")),
            ManifestEntriesReader.Files(r, root),
            ManifestEntriesReader.Injections(r, root),
            ManifestEntriesReader.Checklist(r, root))
        {
            Conventions = r.List(root, "conventions", ""),
            Migrations = ManifestMigrationsReader.Read(r, root),
        };
        if (packDirectory is not null && manifest.Name.Length > 0 && manifest.Name != Path.GetFileName(Path.TrimEndingDirectorySeparator(packDirectory)))
        {
            r.Invalid(root["name"], "/name", $"is '{manifest.Name}' but the pack folder is '{Path.GetFileName(Path.TrimEndingDirectorySeparator(packDirectory))}'", "Name the folder after the pack.");
        }

        CrossCheck(r, manifest, packDirectory, sources);
        return r.Errors.Count > 0 ? Result<PackManifest>.Fail(r.Errors) : Result<PackManifest>.Ok(manifest);
    }

    private static void CrossCheck(ManifestReader r, PackManifest m, string? packDirectory, List<(string Path, bool Exists)>? sources)
    {
        var conditions = m.Files.Select((f, i) => (f.When, $"/files/{i}/condition"))
            .Concat(m.Injections.Select((j, i) => (j.When, $"/injections/{i}/condition")))
            .Concat(m.Checklist.Select((c, i) => (c.When, $"/checklist/{i}/condition")));
        var sample = SampleModel(m);
        foreach (var (condition, pointer) in conditions)
        {
            if (condition is not null)
            {
                CheckCondition(r, m, condition, pointer, sample);
            }
        }

        foreach (var name in m.Variables.Select(v => v.Name).Intersect(m.Addons.Select(a => a.Name), StringComparer.Ordinal))
        {
            r.Add(ToolError.Create(ErrorCodes.TemplateManifestInvalid, $"/variables/{name}", $"'{name}' is both a variable and an add-on in {r.FileLabel}, so conditions would be ambiguous.", "Rename one of them."));
        }

        for (var i = 0; i < m.Files.Count; i++)
        {
            CheckSource(r, packDirectory, sources, m.Files[i].Source, $"/files/{i}/source", m.Files[i].Location);
            CheckDestination(r, m.Files[i].Destination, $"/files/{i}/destination", m.Files[i].DestinationLocation);
        }

        for (var i = 0; i < m.Injections.Count; i++)
        {
            CheckSource(r, packDirectory, sources, m.Injections[i].Snippet, $"/injections/{i}/snippet", m.Injections[i].Location);
            CheckDestination(r, m.Injections[i].Target, $"/injections/{i}/target", m.Injections[i].Location);
        }

        ManifestMigrationsReader.Check(r, m, (source, pointer, location) => CheckSource(r, packDirectory, sources, source, pointer, location),
            (path, pointer, location) => CheckDestination(r, path, pointer, location));
    }

    // Names the pack does not declare are refused outright; then a dry run over typed sample values catches the rest
    // (a member of a string, an operator on the wrong type) now rather than in the middle of a scaffold.
    private static void CheckCondition(ManifestReader r, PackManifest m, TemplateCondition condition, string pointer, IReadOnlyDictionary<string, object?> sample)
    {
        var undeclared = condition.Undeclared(m, pointer).ToArray();
        foreach (var error in undeclared)
        {
            r.Add(error);
        }

        var dryRun = undeclared.Length == 0 ? condition.Evaluate(sample, r.FileLabel) : Result<bool>.Ok(false);
        foreach (var error in dryRun.Errors)
        {
            r.Add(ToolError.Create(ErrorCodes.TemplateConditionInvalid, pointer, error.Message, "Write the condition so it holds for every value the pack's variables can take.") with { Found = condition.Text, Location = error.Location });
        }
    }

    private static Dictionary<string, object?> SampleModel(PackManifest m)
    {
        var model = m.Variables.ToDictionary(v => v.Name, v => v.Type switch
        {
            VariableType.Bool => (object?)false,
            VariableType.Int or VariableType.Port => 0L,
            VariableType.Choice => v.Choices.FirstOrDefault() ?? "",
            _ => "",
        }, StringComparer.Ordinal);
        model["addons"] = m.Addons.ToDictionary(a => a.Name, _ => (object?)false, StringComparer.Ordinal);
        model["pack"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = m.Name, ["version"] = m.Version };
        model["target_dir"] = "";
        model[ModuleGen.Core.Scaffolding.SiblingPins.ModelName] = new Dictionary<string, object?>(StringComparer.Ordinal);
        model[ModuleGen.Core.Registry.RegistryModel.ModelName] = ModuleGen.Core.Registry.RegistryModel.Sample();
        return model;
    }

    private static void CheckSource(ManifestReader r, string? packDirectory, List<(string Path, bool Exists)>? sources, string source, string pointer, SourceLocation? location)
    {
        var segments = source.Split('/');
        if (source.StartsWith('/') || source.Contains('\\') || source.Contains(':') || segments.Any(s => s is "" or "." or ".."))
        {
            r.Add(ToolError.Create(ErrorCodes.TemplateManifestInvalid, pointer, $"The source '{Preview.Of(source)}' must be a plain relative path under {FilesFolder}/.", "Use a path such as 'package/core.py.sbn' without '..', '\\' or a leading '/'.") with { Found = source, Location = location });
            return;
        }

        if (packDirectory is null)
        {
            return;
        }

        var path = Path.Join(packDirectory, FilesFolder, source);
        var exists = File.Exists(path);
        sources?.Add((path, exists));
        if (!exists)
        {
            r.Add(ToolError.Create(ErrorCodes.TemplateSourceMissing, pointer, $"The source '{source}' is not in the pack's {FilesFolder}/ folder.", $"Add {FilesFolder}/{source} to the pack or fix the path.") with { Found = source, Location = location });
        }
    }

    private static void CheckDestination(ManifestReader r, string destination, string pointer, SourceLocation? location)
    {
        var literalSegments = destination.Split('/').Where(s => !s.Contains("{{", StringComparison.Ordinal));
        if (destination.StartsWith('/') || destination.Contains('\\') || (destination.Length > 1 && destination[1] == ':') || literalSegments.Any(s => s is "." or ".."))
        {
            r.Add(ToolError.Create(ErrorCodes.TemplateManifestInvalid, pointer, $"The destination '{Preview.Of(destination)}' must be relative and may not use '.' or '..' segments.",
                "Write destinations relative to the target dir, e.g. '{{ snake module }}/core.py'.") with { Found = destination, Location = location });
            return;
        }

        var literal = string.Join('/', destination.Split('/').Select(s => s.Contains("{{", StringComparison.Ordinal) ? "_" : s));
        if (ReservedFolders.ForPackOutput(literal) is { } folder || (folder = literal.Split('/').FirstOrDefault(s => s == ReservedFolders.StateFolder)) is not null)
        {
            r.Add(ToolError.Create(ErrorCodes.TemplateManifestInvalid, pointer, $"The destination '{Preview.Of(destination)}' goes into '{folder}/': a pack never writes into a version-control folder (where a hook would run at the next commit) or ModuleGen's own state.",
                "Remove the entry, or write the file somewhere else in the module.") with { Found = destination, Location = location });
            return;
        }

        foreach (var error in ScribanTemplateEngine.SyntaxErrors(new TemplateSource(r.FileLabel, destination, location)))
        {
            r.Add(ErrorPlacement.At(error, pointer));
        }
    }

    /// <summary>Is one pack's load result with everything it was computed from.</summary>
    private sealed record Loaded(string Yaml, string Label, (string Path, bool Exists)[] Sources, Result<PackManifest> Result)
    {
        public bool Holds(string yaml, string label) =>
            string.Equals(Yaml, yaml, StringComparison.Ordinal) && string.Equals(Label, label, StringComparison.Ordinal) &&
            Sources.All(s => File.Exists(s.Path) == s.Exists);
    }
}
