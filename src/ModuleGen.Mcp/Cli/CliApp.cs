using ModuleGen.Core.Workspace;
using ModuleGen.Mcp.Hosting;
using Serilog.Events;

namespace ModuleGen.Mcp.Cli;

/// <summary>Dispatches the command line: no verb or `serve` starts the stdio server; other verbs run in-process.</summary>
internal static class CliApp
{
    private static readonly ICliCommand[] s_commands = [new ServeCommand(), new ToolsCommand(), new CallCommand(), new NewCommand(), new UpdateCommand(), new AuditCommand()];

    /// <summary>Runs the command line against the process's own console. In server mode nothing is written to stdout
    /// here: only help, version and the output of the people-facing verbs go there.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var line = CommandLine.Parse(args);
        if (line.Error is not null)
        {
            stderr.WriteLine($"error: {line.Error}");
            stderr.WriteLine(GlobalUsage());
            return ExitCodes.Usage;
        }

        if (line.Global.Version)
        {
            stdout.WriteLine($"{ServerInfo.Name} {ServerInfo.Version}");
            return ExitCodes.Ok;
        }

        var command = s_commands.FirstOrDefault(c => c.Name == (line.Verb ?? "serve"));
        if (command is null)
        {
            stderr.WriteLine($"error: unknown verb '{line.Verb}'.");
            stderr.WriteLine(GlobalUsage());
            return ExitCodes.Usage;
        }

        if (line.Global.Help)
        {
            stdout.WriteLine(line.Verb is null ? GlobalUsage() : $"{command.Summary}\n{command.Usage}\n\n{GlobalOptionsHelp}");
            return ExitCodes.Ok;
        }

        var explicitLevel = line.Global.LogLevel ?? Environment.GetEnvironmentVariable(LoggingSetup.LevelVariable);
        var level = LoggingSetup.ParseLevel(explicitLevel);
        if (explicitLevel is not null && level is null)
        {
            stderr.WriteLine($"error: unknown log level '{explicitLevel}'; use verbose, debug, information, warning, error or fatal.");
            return ExitCodes.Usage;
        }

        var root = WorkspaceLocator.Choose(line.Global.Workspace, Environment.GetEnvironmentVariable(WorkspaceLocator.EnvironmentVariable), Environment.CurrentDirectory);
        // The server logs everything it is set to on stderr; people running a verb want only warnings there.
        var consoleLevel = command is ServeCommand ? level : level ?? LogEventLevel.Warning;
        var context = new CliContext(stdout, stderr, new ServerSettings(root, level, consoleLevel));
        return await command.RunAsync(context, line.Arguments, cancellationToken);
    }

    private const string GlobalOptionsHelp =
        """
        options (any verb):
          --workspace, -w DIR   workspace root (else $MODULEGEN_WORKSPACE, else the current directory)
          --log-level LEVEL     verbose|debug|information|warning|error|fatal (else $MODULEGEN_LOG_LEVEL, else modulegen.yaml)
          --version             print the version
          --help, -h            print help (after a verb: that verb's help)
        exit codes: 0 ok, 1 tool error, 2 usage error, 3 audit gate failed
        """;

    private static string GlobalUsage() =>
        "ModuleGen: deterministic tools for adding a module to a repository, over MCP (stdio) or from the command line.\n\n" +
        "usage: modulegen [verb] [options]\n\nverbs:\n" +
        string.Join("\n", s_commands.Select(c => $"  {c.Name,-7} {c.Summary}")) + "\n\n" + GlobalOptionsHelp;
}
