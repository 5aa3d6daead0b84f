namespace ModuleGen.Core.Workspace;

/// <summary>Holds the configuration in force: embedded defaults overlaid by the workspace's modulegen.yaml.</summary>
public sealed record ModuleGenConfig
{
    public required PathsConfig Paths { get; init; }

    public required TemplatesConfig Templates { get; init; }

    public required PortsConfig Ports { get; init; }

    public required RegistryConfig Registry { get; init; }

    public required ScanConfig Scan { get; init; }

    public required LoggingConfig Logging { get; init; }

    public required DocsConfig Docs { get; init; }

    public required AuditConfig Audit { get; init; }

    /// <summary>Gets how the workspace narrows the tools `modulegen serve` exposes.</summary>
    public required ServerConfig Server { get; init; }

    /// <summary>Gets where the values came from: "defaults" or "defaults + modulegen.yaml".</summary>
    public required string Source { get; init; }
}

/// <summary>Holds where ModuleGen keeps its artefacts, relative to the workspace root.</summary>
public sealed record PathsConfig(string Plans, string BrickDocs, string RunLogs, IReadOnlyList<string> ModuleRoots);

/// <summary>Holds the extra template pack folders.</summary>
public sealed record TemplatesConfig(IReadOnlyList<string> SearchPaths);

/// <summary>Holds the inclusive port range the allocator picks from.</summary>
public sealed record PortsConfig(int Start, int End);

/// <summary>Holds the registry files ModuleGen reads and edits.</summary>
public sealed record RegistryConfig(IReadOnlyList<string> Files);

/// <summary>Holds the limits of the workspace scan.</summary>
public sealed record ScanConfig(int FileBudget, IReadOnlyList<string> SkipDirs);

/// <summary>Holds logging settings: level, rolling file, call log, and their folder.</summary>
public sealed record LoggingConfig(string Level, bool File, bool CallLog, string Directory)
{
    public static readonly IReadOnlyList<string> Levels = ["verbose", "debug", "information", "warning", "error", "fatal"];
}

/// <summary>Holds where spec documents live and how the pipeline checks them.</summary>
/// <param name="Folder">Docs folder: a pattern where {module} stands for the module's name (as given, then snake_case),
/// a glob whose <c>*</c> matches one folder level (<c>specs/*</c>), or one folder verbatim.</param>
/// <param name="GlobalRequirements">The file defining the global REQ-N requirements.</param>
/// <param name="CoverageThreshold">Percent line coverage the step-4 gate requires.</param>
/// <param name="IdPrefixes">Module name to ID prefix overrides.</param>
public sealed record DocsConfig(string Folder, string GlobalRequirements, int CoverageThreshold, IReadOnlyDictionary<string, string> IdPrefixes)
{
    /// <summary>Gets the accepted values of <see cref="Format"/>.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["auto", "module-pipeline", "spec-kit", "kiro", "openspec"];

    /// <summary>Gets the format spec folders are read as: auto (detected per folder from the files present) or one pinned.</summary>
    public string Format { get; init; } = "auto";
}

/// <summary>Holds the audit rule overrides: rule id to off | info | warning | error.</summary>
public sealed record AuditConfig(IReadOnlyDictionary<string, string> Rules);

/// <summary>Holds how a workspace narrows the MCP server it is served by; it can take tools away or make the server
/// read-only, never add what the user did not enable.</summary>
/// <param name="Toolsets">Tool sets to keep; empty keeps every set.</param>
/// <param name="Tools">Tools to keep by name, or to drop as <c>!name</c>.</param>
/// <param name="ReadOnly">True: no tool that writes is listed or runs.</param>
public sealed record ServerConfig(IReadOnlyList<string> Toolsets, IReadOnlyList<string> Tools, bool ReadOnly);
