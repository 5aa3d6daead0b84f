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
/// (<see cref="StaleArtefacts"/>), before any tool touches the workspace, and logs what it removed (not when the server
/// is read-only). A workspace that
/// cannot be opened is logged once and reported by every tool call (<see cref="WorkspaceGate"/>): the server still
/// starts, so a client connects and reads the error.</remarks>
internal sealed class WorkspaceHost : IDisposable
{
    private int _disposed;

    private readonly ServerSettings _settings;
    private readonly IWriteInterceptor? _interceptor;
    private volatile Result<ModuleGenWorkspace> _workspace;

    private WorkspaceHost(Result<ModuleGenWorkspace> workspace, ToolSurface surface, Serilog.Core.Logger logger, CallLog callLog, ServerSettings settings, IWriteInterceptor? interceptor,
        ProgramPermissions programs)
    {
        _workspace = workspace;
        Surface = surface;
        Logger = logger;
        CallLog = callLog;
        _settings = settings;
        _interceptor = interceptor;
        Programs = programs;
    }

    /// <summary>Gets the workspace, or why it could not be opened.</summary>
    public Result<ModuleGenWorkspace> Workspace => _workspace;

    /// <summary>Brings the workspace up to date before a tool call: modulegen.yaml is read again when it changed (and a
    /// workspace that could not be opened is opened again), so an edit takes effect on the next call. Returns the
    /// workspace, or the errors the call answers with.</summary>
    /// <remarks>The logging settings (level, file, call log) stay as the server started with them.</remarks>
    public Result<ModuleGenWorkspace> Refresh()
    {
        var current = _workspace;
        if (current.IsOk)
        {
            var reloaded = current.Value.ReloadConfig();
            return reloaded.IsOk ? current : Result<ModuleGenWorkspace>.Fail(reloaded.Errors);
        }

        var opened = ModuleGenWorkspace.Open(_settings.WorkspaceRoot, _interceptor);
        if (opened.IsOk)
        {
            _workspace = opened;
        }

        return opened;
    }

    /// <summary>Gets the tools this run offers and whether it is read-only: the user's choice narrowed by the
    /// configuration.</summary>
    public ToolSurface Surface { get; }

    /// <summary>Gets the Serilog logger (stderr and, unless turned off, the rolling file).</summary>
    public Serilog.Core.Logger Logger { get; }

    /// <summary>Gets the JSONL call log (disabled when the configuration turns it off).</summary>
    public CallLog CallLog { get; }

    /// <summary>Gets the programs this run may start (<see cref="ToolSurface.Programs"/>: nothing on a read-only server).</summary>
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
        var logger = LoggingSetup.Create(level, settings.ConsoleLevel ?? level, workspace);
        var log = logger.ForContext(Serilog.Core.Constants.SourceContextPropertyName, LoggingSetup.ToolsCategory);
        var surface = ToolSurface.For(settings, workspace?.Config);
        if (!opened.IsOk)
        {
            log.Error("The workspace could not be opened; every tool call will report: {Errors}", ToolResultMapper.Describe(opened.Errors));
        }
        else if (surface.ReadOnly)
        {
            // Repairing an interrupted commit rewrites workspace files; the next run that may write does it.
            log.Information("Read-only ({Reason}): no tool that writes is offered, and an interrupted run's leftovers are left in place", surface.ReadOnlyBecause);
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

        if (surface.Selected.Count == 0)
        {
            log.Warning("No tool is enabled: the tool sets and tools chosen when starting the server and the server: section of {File} leave none in common", ConfigLoader.FileName);
        }

        if (surface.Errors.Count > 0)
        {
            log.Error("The server: section of {File} names what does not exist; every tool call will report: {Errors}", ConfigLoader.FileName, ToolResultMapper.Describe(surface.Errors));
        }

        var programs = surface.Programs(settings.Programs);
        if (programs.Allowed.Any(programs.Allows))
        {
            log.Information("Programs this run may start: {Programs} ({Source}); each run is limited to {Timeout} s", string.Join(", ", programs.Allowed), programs.Source, programs.Timeout.TotalSeconds);
        }

        return new WorkspaceHost(opened, surface, logger, CallLogFor(workspace), settings, interceptor, programs);
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
            return CallLog.Disabled;
        }

        var path = workspace.Guard.Resolve($"{workspace.Config.Logging.Directory}/{CallLog.FileName}", "/config/logging/directory");
        return path.IsOk ? new CallLog(workspace, path.Value) : CallLog.Disabled;
    }
}
