using ModuleGen.Core.Common;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Workspace;

/// <summary>Loads the configuration in force: embedded defaults, overlaid by the workspace's optional modulegen.yaml.</summary>
/// <remarks>
/// The embedded defaults double as the schema: a key in modulegen.yaml that the defaults do not have is an
/// unknown key, reported with its line and column; an empty mapping in the defaults (<c>{}</c>) is open to any key.
/// Mappings merge key by key; scalars and lists replace.
/// </remarks>
public static class ConfigLoader
{
    public const string FileName = "modulegen.yaml";

    private const string DefaultsResource = "ModuleGen.Core.Workspace.defaults.yaml";

    /// <summary>Loads the config for a workspace, reading modulegen.yaml through the path guard when it exists.</summary>
    public static Result<ModuleGenConfig> Load(PathGuard guard) => ReadText(guard).Then(FromYaml);

    /// <summary>Reads the text of the workspace's modulegen.yaml; null when there is none.</summary>
    public static Result<string?> ReadText(PathGuard guard)
    {
        var file = guard.Resolve(FileName, "/" + FileName);
        if (!file.IsOk)
        {
            return Result<string?>.Fail(file.Errors);
        }

        if (!File.Exists(file.Value.FullPath))
        {
            return Result<string?>.Ok(null);
        }

        try
        {
            return Result<string?>.Ok(RegularFile.ReadAllText(file.Value.FullPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ToolError.Create(ErrorCodes.ReadFailed, "/" + FileName, $"Could not read {FileName}: {WorkspaceIOException.Describe(ex)}", "Check the file's permissions.");
        }
    }

    /// <summary>Builds the config from the text of a modulegen.yaml (null for none).</summary>
    public static Result<ModuleGenConfig> FromYaml(string? userYaml)
    {
        var defaults = ParseDefaults();
        if (userYaml is null)
        {
            return Map(defaults, "defaults");
        }

        YamlMappingNode user;
        try
        {
            user = Parse(userYaml) ?? new YamlMappingNode();
        }
        catch (YamlException ex)
        {
            return ToolError.Create(ErrorCodes.ConfigYamlSyntax, "", $"{FileName} is not valid YAML: {ex.InnerException?.Message ?? ex.Message}", "Fix the YAML syntax at the line and column given.") with
            {
                Location = new SourceLocation(FileName, (int)ex.Start.Line, (int)ex.Start.Column),
            };
        }
        catch (InvalidCastException)
        {
            return ToolError.Create(ErrorCodes.ConfigInvalidValue, "", $"{FileName} must be a mapping of sections (paths, ports, …).", "Start the file with a top-level key such as 'paths:'.") with
            {
                Location = new SourceLocation(FileName, 1, 1),
            };
        }

        var unknown = new List<ToolError>();
        FindUnknownKeys(defaults, user, "", unknown);
        return unknown.Count > 0 ? Result<ModuleGenConfig>.Fail(unknown) : Map(Merge(defaults, user), $"defaults + {FileName}");
    }

    private static YamlMappingNode ParseDefaults()
    {
        using var stream = typeof(ConfigLoader).Assembly.GetManifestResourceStream(DefaultsResource)!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd())!;
    }

    private static YamlMappingNode? Parse(string yaml)
    {
        var stream = YamlText.Load(yaml);
        return stream.Documents.Count == 0 ? null : (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static void FindUnknownKeys(YamlMappingNode schema, YamlMappingNode user, string pointer, List<ToolError> errors)
    {
        foreach (var (keyNode, value) in user.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var location = new SourceLocation(FileName, (int)keyNode.Start.Line, (int)keyNode.Start.Column);
            if (!schema.Children.TryGetValue(new YamlScalarNode(key), out var expected))
            {
                var accepted = string.Join(", ", schema.Children.Keys.Select(k => ((YamlScalarNode)k).Value).Order(StringComparer.Ordinal));
                errors.Add(ToolError.Create(ErrorCodes.ConfigUnknownKey, $"{pointer}/{key}", $"Unknown key '{(pointer + "/" + key)[1..].Replace('/', '.')}' in {FileName}.", $"Accepted keys here: {accepted}.") with
                {
                    Found = key,
                    Location = location,
                });
            }
            else if (expected is YamlMappingNode { Children.Count: > 0 } expectedSection && value is YamlMappingNode userSection)
            {
                FindUnknownKeys(expectedSection, userSection, $"{pointer}/{key}", errors);
            }
        }
    }

    private static YamlMappingNode Merge(YamlMappingNode defaults, YamlMappingNode user)
    {
        var merged = new YamlMappingNode();
        foreach (var (key, value) in defaults.Children)
        {
            merged.Add(key, user.Children.TryGetValue(key, out var overriding)
                ? value is YamlMappingNode d && overriding is YamlMappingNode u ? Merge(d, u) : overriding
                : value);
        }

        // Keys only the user has: possible only inside open mappings, since unknown keys were refused before.
        foreach (var (key, value) in user.Children.Where(c => !defaults.Children.ContainsKey(c.Key)))
        {
            merged.Add(key, value);
        }

        return merged;
    }

    private static Result<ModuleGenConfig> Map(YamlMappingNode root, string source)
    {
        var r = new YamlConfigReader(FileName);
        var paths = r.Section(root, "paths");
        var templates = r.Section(root, "templates");
        var ports = r.Section(root, "ports");
        var registry = r.Section(root, "registry");
        var scan = r.Section(root, "scan");
        var logging = r.Section(root, "logging");
        var docs = r.Section(root, "docs");
        var audit = r.Section(root, "audit");
        var server = r.Section(root, "server");
        var config = new ModuleGenConfig
        {
            Paths = new PathsConfig(r.String(paths, "plans"), r.String(paths, "brick_docs"), r.String(paths, "run_logs"), r.List(paths, "module_roots")),
            Templates = new TemplatesConfig(r.List(templates, "search_paths")),
            Ports = new PortsConfig(r.Int(ports, "start", 1, 65535), r.Int(ports, "end", 1, 65535)),
            Registry = new RegistryConfig(r.List(registry, "files")),
            Scan = new ScanConfig(r.Int(scan, "file_budget", 1, 10_000_000), r.List(scan, "skip_dirs")),
            Logging = new LoggingConfig(r.String(logging, "level").ToLowerInvariant(), r.Bool(logging, "file"), r.Bool(logging, "call_log"), r.String(logging, "directory")),
            Docs = new DocsConfig(r.String(docs, "folder"), r.String(docs, "global_requirements"), r.Int(docs, "coverage_threshold", 0, 100), r.Map(docs, "id_prefixes"))
            {
                Format = r.String(docs, "format").ToLowerInvariant(),
            },
            Audit = new AuditConfig(r.Map(audit, "rules", Audit.RuleSettings.Values)),
            Server = new ServerConfig(r.List(server, "toolsets"), r.List(server, "tools"), r.Bool(server, "read_only")),
            Source = source,
        };

        var errors = r.Errors.ToList();
        if (config.Ports.End < config.Ports.Start)
        {
            errors.Add(ToolError.Create(ErrorCodes.ConfigInvalidValue, "/ports/end", $"'ports.end' ({config.Ports.End}) is below 'ports.start' ({config.Ports.Start}).", "Make 'ports.end' at least 'ports.start'.") with
            {
                Location = r.LocationOf(ports, "end"),
            });
        }

        if (!LoggingConfig.Levels.Contains(config.Logging.Level))
        {
            errors.Add(ToolError.Create(ErrorCodes.ConfigInvalidValue, "/logging/level", $"'logging.level' must be one of {string.Join(", ", LoggingConfig.Levels)}.", "Pick one of the listed levels.") with
            {
                Found = config.Logging.Level,
                Location = r.LocationOf(logging, "level"),
            });
        }

        if (!DocsConfig.Formats.Contains(config.Docs.Format))
        {
            errors.Add(ToolError.Create(ErrorCodes.ConfigInvalidValue, "/docs/format", $"'docs.format' must be one of {string.Join(", ", DocsConfig.Formats)}.", "Use auto to detect each folder's format, or pin one.") with
            {
                Found = config.Docs.Format,
                Location = r.LocationOf(docs, "format"),
            });
        }

        return errors.Count > 0 ? Result<ModuleGenConfig>.Fail(errors) : Result<ModuleGenConfig>.Ok(config);
    }
}
