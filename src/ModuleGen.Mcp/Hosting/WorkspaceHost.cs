using ModuleGen.Core.Common;
using ModuleGen.Core.Telemetry;
using ModuleGen.Core.Workspace;
using ModuleGen.Mcp.Tools;
using Serilog.Events;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Opens the workspace (modulegen.yaml) and creates the logger and call log on first need — the first tool call
/// or log line — or in the background after the handshake (<see cref="AfterHandshake"/>); never before <c>initialize</c> is
/// answered, since the handshake needs none of it.</summary>
/// <remarks>Opening also removes the temp files and staging folders an interrupted run left behind
/// (<see cref="StaleArtefacts"/>), before any tool touches the workspace, and logs what it removed. Parsing the configuration (YamlDotNet's first use compiles a regex) and setting up Serilog's sinks were a
/// third of ModuleGen's own start-up cost; see BENCHMARKS.md. A workspace that cannot be opened is logged once and
/// reported by every tool call (<see cref="WorkspaceGate"/>).</remarks>
internal sealed class WorkspaceHost : IDisposable
{
    private readonly Lazy<Opened> _opened;

    public WorkspaceHost(ServerSettings settings, IWriteInterceptor? interceptor)
    {
        _opened = new Lazy<Opened>(() => Open(settings, interceptor), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the workspace, or why it could not be opened.</summary>
    public Result<ModuleGenWorkspace> Workspace => _opened.Value.Workspace;

    /// <summary>Gets the Serilog logger (stderr and, unless turned off, the rolling file).</summary>
    public Serilog.Core.Logger Logger => _opened.Value.Logger;

    /// <summary>Gets the JSONL call log (disabled when the configuration turns it off).</summary>
    public CallLog CallLog => _opened.Value.CallLog;

    /// <summary>Gets whether the workspace has been opened yet.</summary>
    public bool IsOpened => _opened.IsValueCreated;

    /// <summary>Opens the workspace now, unless that has happened already.</summary>
    public void Open() => _ = _opened.Value;

    public void Dispose()
    {
        if (_opened.IsValueCreated)
        {
            _opened.Value.Logger.Dispose();
        }
    }

    private static Opened Open(ServerSettings settings, IWriteInterceptor? interceptor)
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

        return new Opened(opened, logger, CallLogFor(workspace));
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

    private sealed record Opened(Result<ModuleGenWorkspace> Workspace, Serilog.Core.Logger Logger, CallLog CallLog);
}
