using ModuleGen.Core.Common;
using ModuleGen.Core.Programs;
using ModuleGen.Core.Telemetry;
using ModuleGen.Core.Workspace;
using ModuleGen.Mcp.Tools;
using Serilog.Events;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Holds what the server opens once at start-up: the workspace (modulegen.yaml) or why it could not be opened,
/// the Serilog logger its configuration chooses, and the JSONL call log.</summary>
/// <remarks>Opening also removes the temp files and staging folders an interrupted run left behind
/// (<see cref="StaleArtefacts"/>), before any tool touches the workspace, and logs what it removed. A workspace that
/// cannot be opened is logged once and reported by every tool call (<see cref="WorkspaceGate"/>): the server still
/// starts, so a client connects and reads the error.</remarks>
internal sealed class WorkspaceHost : IDisposable
{
    private int _disposed;

    private WorkspaceHost(Result<ModuleGenWorkspace> workspace, Serilog.Core.Logger logger, CallLog callLog, ProgramPermissions programs)
    {
        Workspace = workspace;
        Logger = logger;
        CallLog = callLog;
        Programs = programs;
    }

    /// <summary>Gets the workspace, or why it could not be opened.</summary>
    public Result<ModuleGenWorkspace> Workspace { get; }

    /// <summary>Gets the Serilog logger (stderr and, unless turned off, the rolling file).</summary>
    public Serilog.Core.Logger Logger { get; }

    /// <summary>Gets the JSONL call log (disabled when the configuration turns it off).</summary>
    public CallLog CallLog { get; }

    /// <summary>Gets the programs this run may start (<see cref="ServerSettings.EffectivePrograms"/>).</summary>
    public ProgramPermissions Programs { get; }

    /// <summary>Opens the workspace at <see cref="ServerSettings.WorkspaceRoot"/> and creates its logger.</summary>
    public static WorkspaceHost Open(ServerSettings settings, IWriteInterceptor? interceptor)
    {
        var opened = ModuleGenWorkspace.Open(settings.WorkspaceRoot, interceptor);
        var workspace = opened.IsOk ? opened.Value : null;
        if (workspace is { Config.Logging: { File: true } or { CallLog: true } })
        {
            StateFolderIgnore.Ensure(workspace, workspace.Config.Logging.Directory);
        }

        var level = settings.LogLevel ?? LoggingSetup.ParseLevel(workspace?.Config.Logging.Level) ?? LogEventLevel.Information;
        var logger = LoggingSetup.Create(level, settings.ConsoleLevel ?? level, LoggingSetup.LogsFolder(workspace));
        var log = logger.ForContext(Serilog.Core.Constants.SourceContextPropertyName, LoggingSetup.ToolsCategory);
        if (!opened.IsOk)
        {
            log.Error("The workspace could not be opened; every tool call will report: {Errors}", ToolResultMapper.Describe(opened.Errors));
        }
        else
        {
            var cleaned = StaleArtefacts.Remove(opened.Value);
            if (cleaned.Removed.Count > 0)
            {
                log.Information("Removed {Count} stale artefact(s) an interrupted run left behind: {Paths}", cleaned.Removed.Count, string.Join(", ", cleaned.Removed));
            }

            foreach (var failure in cleaned.Failed)
            {
                log.Warning("Could not remove a stale artefact: {Failure}", failure);
            }
        }

        var programs = settings.EffectivePrograms;
        if (programs.Allowed.Any(programs.Allows))
        {
            log.Information("Programs this run may start: {Programs} ({Source}); each run is limited to {Timeout} s", string.Join(", ", programs.Allowed), programs.Source, programs.Timeout.TotalSeconds);
        }

        return new WorkspaceHost(opened, logger, CallLogFor(workspace), programs);
    }

    /// <summary>Flushes and closes the log sinks (once, whoever asks first).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Logger.Dispose();
        }
    }

    private static CallLog CallLogFor(ModuleGenWorkspace? workspace)
    {
        if (workspace is not { Config.Logging.CallLog: true })
        {
            return new CallLog(null);
        }

        var path = workspace.Guard.Resolve($"{workspace.Config.Logging.Directory}/{CallLog.FileName}", "/config/logging/directory");
        return new CallLog(path.IsOk ? path.Value.FullPath : null);
    }
}
