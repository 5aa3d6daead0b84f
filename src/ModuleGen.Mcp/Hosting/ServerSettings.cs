using ModuleGen.Core.Programs;
using Serilog.Events;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Holds what a run of the server needs from the command line: the workspace, log levels, the tools the user
/// chose to expose, whether it is read-only, and which programs the user allowed it to run.</summary>
/// <param name="WorkspaceRoot">Absolute workspace root, already chosen by the CLI.</param>
/// <param name="LogLevel">An explicit level (--log-level or MODULEGEN_LOG_LEVEL) overriding the config.</param>
/// <param name="ConsoleLevel">The least level written to stderr: everything for the server, warnings for CLI verbs.</param>
internal sealed record ServerSettings(string WorkspaceRoot, LogEventLevel? LogLevel, LogEventLevel? ConsoleLevel)
{
    /// <summary>Gets whether the user asked for a read-only server (<c>--read-only</c> or <c>MODULEGEN_READ_ONLY</c>):
    /// no tool that writes is listed or runs, no argument that writes is accepted, nothing is executed. A workspace's
    /// modulegen.yaml can turn it on too (never off); <see cref="ToolSurface.ReadOnly"/> is the mode in force, and the only
    /// one anything else consults.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Gets the tool sets the user enabled (<c>--toolsets</c>); empty means the default (every set).</summary>
    public IReadOnlyList<string> Toolsets { get; init; } = [];

    /// <summary>Gets the tools the user named (<c>--tools</c>): a name adds the tool, <c>!name</c> removes it.</summary>
    public IReadOnlyList<string> Tools { get; init; } = [];

    /// <summary>Gets whether the workspace's modulegen.yaml (<c>server:</c>) may narrow the tools further: true for
    /// `modulegen serve`, false for the CLI's own in-process server, which answers the person at the terminal.</summary>
    public bool NarrowByWorkspace { get; init; }

    /// <summary>Gets the programs the user allowed (flag, environment or user configuration; never the repository). A
    /// read-only server runs none of them: <see cref="ToolSurface.Programs"/> is what the Core services may run.</summary>
    public ProgramPermissions Programs { get; init; } = ProgramPermissions.None("running programs is off");
}
