using System.CommandLine;
using ModuleGen.Mcp.Hosting;

namespace ModuleGen.Mcp.Cli;

/// <summary>Serves MCP over stdio until the client closes stdin or the process is asked to stop. Writes nothing but
/// protocol messages to stdout; started by a person on a terminal it says so on stderr.</summary>
internal static class ServeCommand
{
    public const string Waiting =
        "modulegen is an MCP server: it is waiting for a client to speak JSON-RPC on stdin (Ctrl+C stops it).\n" +
        "To use it from the command line instead, run `modulegen --help` (e.g. `modulegen new`, `modulegen templates`).";

    public static Command Create(CliRuntime runtime)
    {
        var command = new Command("serve", "Serve MCP over stdio (the default when no verb is given).");
        runtime.AddProgramOptions(command);
        command.SetAction((parse, cancellationToken) => RunAsync(runtime, parse, cancellationToken));
        return command;
    }

    /// <summary>Makes the root command (no verb) serve too.</summary>
    public static void MakeDefault(RootCommand root, CliRuntime runtime)
    {
        runtime.AddProgramOptions(root);
        root.SetAction((parse, cancellationToken) => RunAsync(runtime, parse, cancellationToken));
    }

    private static async Task<int> RunAsync(CliRuntime runtime, ParseResult parse, CancellationToken cancellationToken)
    {
        if (runtime.Settings(parse, serving: true) is not { } settings)
        {
            return ExitCodes.Usage;
        }

        if (runtime.Console.StdinIsTerminal)
        {
            runtime.Console.Error.WriteLine(Waiting);
        }

        // The host stops the server on SIGTERM, Ctrl+C and the end of stdin; any of them is a clean exit.
        await ServerComposition.RunStdioAsync(settings, cancellationToken);
        return ExitCodes.Ok;
    }
}
