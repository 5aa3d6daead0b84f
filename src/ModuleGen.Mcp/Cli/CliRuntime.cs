using System.CommandLine;
using ModuleGen.Core.Programs;
using ModuleGen.Core.Workspace;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tools;
using Serilog.Events;

namespace ModuleGen.Mcp.Cli;

/// <summary>What every verb shares: the console, the global options (--workspace, --log-level) and the way to reach
/// the Core services through the same registrations the server uses.</summary>
internal sealed class CliRuntime(CliConsole console)
{
    public CliConsole Console => console;

    public Option<string> Workspace { get; } = new("--workspace", "-w")
    {
        Description = "Workspace root (else $MODULEGEN_WORKSPACE, else the current directory).",
        HelpName = "dir",
        Recursive = true,
    };

    public Option<string> LogLevel { get; } = CreateLogLevel();

    /// <summary>Gets --allow-exec, which the verbs that can run dg (the server, audit, call) and the bare command take.</summary>
    public Option<string[]> AllowExec { get; } = CreateAllowExec();

    /// <summary>Gets --exec-timeout, beside <see cref="AllowExec"/>.</summary>
    public Option<string> ExecTimeout { get; } = new(UserPermissions.TimeoutFlag)
    {
        Description = $"Seconds one dg run may take before its process group is killed (default {ProgramPermissions.DefaultTimeout.TotalSeconds:0}; else ${UserPermissions.TimeoutVariable}).",
        HelpName = "seconds",
    };

    /// <summary>Adds <see cref="AllowExec"/> and <see cref="ExecTimeout"/> to a command that can run dg.</summary>
    public void AddProgramOptions(Command command)
    {
        command.Options.Add(AllowExec);
        command.Options.Add(ExecTimeout);
    }

    /// <summary>Gets text printed after a verb's generated help (e.g. `new --help` lists the packs and add-ons).</summary>
    public Dictionary<Command, Action<CliRuntime, ParseResult, TextWriter>> HelpEpilogues { get; } = [];

    /// <summary>Chooses the workspace and log levels from the global options and environment; null (after writing the
    /// problem) when the log level is unknown.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="serving">True for the server, which logs at its level on stderr; verbs keep stderr for their own
    /// messages unless a level is asked for explicitly (the log file still gets everything).</param>
    public ServerSettings? Settings(ParseResult parse, bool serving)
    {
        var explicitLevel = parse.GetValue(LogLevel) ?? Environment.GetEnvironmentVariable(LoggingSetup.LevelVariable);
        var level = LoggingSetup.ParseLevel(explicitLevel);
        if (explicitLevel is not null && level is null)
        {
            console.ErrorLine($"unknown log level '{explicitLevel}' in ${LoggingSetup.LevelVariable}; use {string.Join(", ", s_levels)}.");
            return null;
        }

        var root = WorkspaceLocator.Choose(parse.GetValue(Workspace), Environment.GetEnvironmentVariable(WorkspaceLocator.EnvironmentVariable), Environment.CurrentDirectory);
        var settings = new ServerSettings(root, level, serving ? level : level ?? LogEventLevel.Fatal);
        if (!parse.CommandResult.Command.Options.Contains(AllowExec))
        {
            return settings; // a verb that never runs a program: the user's allowances do not concern it
        }

        var programs = UserPermissions.Resolve(parse.GetResult(AllowExec) is null ? null : parse.GetValue(AllowExec), parse.GetValue(ExecTimeout), root, Environment.GetEnvironmentVariable);
        if (!programs.IsOk)
        {
            console.ErrorLine(ToolResultMapper.Describe(programs.Errors));
            return null;
        }

        return settings with { Programs = programs.Value };
    }

    /// <summary>Opens the workspace and the Core services, runs <paramref name="run"/> and maps the outcome to an exit
    /// code. A workspace that cannot be opened is reported once, on stderr, with exit 1.</summary>
    public async Task<int> WithCoreAsync(ParseResult parse, Func<CoreScope, Task<int>> run)
    {
        if (Settings(parse, serving: false) is not { } settings)
        {
            return ExitCodes.Usage;
        }

        using var scope = new CoreScope(settings);
        var workspace = scope.Host.Workspace;
        if (!workspace.IsOk)
        {
            console.Error.WriteLine($"error: the workspace {settings.WorkspaceRoot} cannot be opened.");
            console.Error.WriteLine(ToolResultMapper.Describe(workspace.Errors));
            return ExitCodes.ToolError;
        }

        return await run(scope);
    }

    /// <inheritdoc cref="WithCoreAsync(ParseResult, Func{CoreScope, Task{int}})"/>
    public Task<int> WithCore(ParseResult parse, Func<CoreScope, int> run) => WithCoreAsync(parse, scope => Task.FromResult(run(scope)));

    private static readonly string[] s_levels = ["verbose", "debug", "information", "warning", "error", "fatal"];

    private static Option<string[]> CreateAllowExec()
    {
        var option = new Option<string[]>(UserPermissions.AllowFlag)
        {
            Description = $"Let ModuleGen run dg check defs / dg list defs in Dagster projects: dg, or none (else ${UserPermissions.AllowVariable}, else ~/.config/modulegen/config.yaml; never the repository).",
            HelpName = "program",
        };
        option.CompletionSources.Add([.. ProgramPermissions.Known, ProgramPermissions.NoneWord]);
        return option;
    }

    private static Option<string> CreateLogLevel()
    {
        var option = new Option<string>("--log-level")
        {
            Description = "Log level: verbose, debug, information, warning, error or fatal (else $MODULEGEN_LOG_LEVEL, else modulegen.yaml).",
            HelpName = "level",
            Recursive = true,
        };
        option.CompletionSources.Add(s_levels);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (LoggingSetup.ParseLevel(value) is null)
            {
                result.AddError($"unknown log level '{value}'; use {string.Join(", ", s_levels)}.");
            }
        });
        return option;
    }
}
