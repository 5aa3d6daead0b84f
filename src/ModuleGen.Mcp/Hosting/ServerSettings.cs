using ModuleGen.Core.Programs;
using Serilog.Events;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Holds what a run of the server needs from the command line: the workspace and log levels, whether it is
/// read-only, and which programs the user allowed it to run.</summary>
/// <param name="WorkspaceRoot">Absolute workspace root, already chosen by the CLI.</param>
/// <param name="LogLevel">An explicit level (--log-level or MODULEGEN_LOG_LEVEL) overriding the config.</param>
/// <param name="ConsoleLevel">The least level written to stderr: everything for the server, warnings for CLI verbs.</param>
internal sealed record ServerSettings(string WorkspaceRoot, LogEventLevel? LogLevel, LogEventLevel? ConsoleLevel)
{
    /// <summary>Gets whether the server is read-only: it runs no program, whatever <see cref="Programs"/> allows.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Gets the programs the user allowed (flag, environment or user configuration; never the repository).</summary>
    public ProgramPermissions Programs { get; init; } = ProgramPermissions.None("running programs is off");

    /// <summary>Gets what the Core services may run: <see cref="Programs"/>, or nothing on a read-only server.</summary>
    public ProgramPermissions EffectivePrograms => ReadOnly ? Programs.ForReadOnly() : Programs;
}
