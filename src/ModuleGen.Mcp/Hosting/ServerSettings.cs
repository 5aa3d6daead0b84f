using Serilog.Events;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Holds what a run of the server needs from the command line: the workspace and log levels.</summary>
/// <param name="WorkspaceRoot">Absolute workspace root, already chosen by the CLI.</param>
/// <param name="LogLevel">An explicit level (--log-level or MODULEGEN_LOG_LEVEL) overriding the config.</param>
/// <param name="ConsoleLevel">The least level written to stderr: everything for the server, warnings for CLI verbs.</param>
internal sealed record ServerSettings(string WorkspaceRoot, LogEventLevel? LogLevel, LogEventLevel? ConsoleLevel);
