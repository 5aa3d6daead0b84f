using ModuleGen.Core.Workspace;
using Serilog;
using Serilog.Events;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Builds the Serilog logger: everything to stderr (stdout is the protocol) and, unless turned off, to a rolling
/// file under the workspace's logs folder.</summary>
internal static class LoggingSetup
{
    public const string LevelVariable = "MODULEGEN_LOG_LEVEL";

    private const string Template = "[{Timestamp:HH:mm:ss.fff} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>Creates the logger; <paramref name="workspace"/> is null when there is no workspace to log into, and
    /// the file is written only when its configuration turns file logging on.</summary>
    public static Serilog.Core.Logger Create(LogEventLevel level, LogEventLevel consoleLevel, ModuleGenWorkspace? workspace)
    {
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(level)
            .MinimumLevel.Override(SdkCategory, SdkLevel(level))
            .MinimumLevel.Override(HostingCategory, LogEventLevel.Warning)
            .WriteTo.Console(
                outputTemplate: Template,
                standardErrorFromLevel: LogEventLevel.Verbose,
                restrictedToMinimumLevel: consoleLevel,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        if (LogsFolder(workspace) is { } folder)
        {
            // A full disk, a vanished folder or a refused write must cost the log file, never the process (see FailSafeSink).
            configuration.WriteTo.Sink(new FailSafeSink(new RootedLogFile(new ModuleGen.Core.Telemetry.RollingLogFile(workspace!, folder), Template), Console.Error));
        }

        return configuration.CreateLogger();
    }

    /// <summary>The log category of ModuleGen's one line per tool call.</summary>
    public const string ToolsCategory = "ModuleGen.Tools";

    /// <summary>The log category prefix of the MCP SDK.</summary>
    public const string SdkCategory = "ModelContextProtocol";

    /// <summary>The log category prefix of the Generic Host (start and stop lines a stdio server does not need).</summary>
    public const string HostingCategory = "Microsoft.Hosting";

    /// <summary>Returns the level for the SDK's own log lines: what was asked for when debugging (debug or verbose),
    /// else warnings only.</summary>
    /// <remarks>At information the SDK logs two lines per request ("handler called", "completed") and three at start-up;
    /// ModuleGen's call log and its one line per tool call already say what happened.</remarks>
    public static LogEventLevel SdkLevel(LogEventLevel level) => level <= LogEventLevel.Debug ? level : LogEventLevel.Warning;

    /// <summary>Parses a level name as used in modulegen.yaml, --log-level and MODULEGEN_LOG_LEVEL.</summary>
    public static LogEventLevel? ParseLevel(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "verbose" or "trace" => LogEventLevel.Verbose,
        "debug" => LogEventLevel.Debug,
        "information" or "info" => LogEventLevel.Information,
        "warning" or "warn" => LogEventLevel.Warning,
        "error" => LogEventLevel.Error,
        "fatal" => LogEventLevel.Fatal,
        _ => null,
    };

    /// <summary>Returns the logs folder for a workspace when file logging is on and the folder passes containment.</summary>
    public static WorkspacePath? LogsFolder(ModuleGenWorkspace? workspace) =>
        workspace is { Config.Logging.File: true } && workspace.Guard.Resolve(workspace.Config.Logging.Directory, "/config/logging/directory") is { IsOk: true } folder
            ? folder.Value
            : null;
}
