using System.CommandLine;
using ModuleGen.Mcp.Hosting;

namespace ModuleGen.Mcp.Cli;

/// <summary>Serves MCP over stdio until the client closes stdin or the process is asked to stop. Writes nothing but
/// protocol messages to stdout; started by a person on a terminal it says so on stderr.</summary>
/// <remarks>`--toolsets`, `--tools` and `--read-only` (or MODULEGEN_TOOLSETS, MODULEGEN_TOOLS, MODULEGEN_READ_ONLY, for
/// clients that pass environment more easily than arguments) choose what the agent is offered
/// (<see cref="ToolSurface"/>); the workspace's modulegen.yaml can narrow that choice further, never widen it.</remarks>
internal static class ServeCommand
{
    public const string Waiting =
        "modulegen is an MCP server: it is waiting for a client to speak JSON-RPC on stdin (Ctrl+C stops it).\n" +
        "To use it from the command line instead, run `modulegen --help` (e.g. `modulegen new`, `modulegen templates`).";

    public const string ToolsetsVariable = "MODULEGEN_TOOLSETS";
    public const string ToolsVariable = "MODULEGEN_TOOLS";
    public const string ReadOnlyVariable = "MODULEGEN_READ_ONLY";

    /// <summary>Creates `serve` and makes the root command (no verb) serve too, both with the same options.</summary>
    public static Command Create(RootCommand root, CliRuntime runtime)
    {
        var surface = new SurfaceOptions();
        var command = new Command("serve", "Serve MCP over stdio (the default when no verb is given).");
        surface.AddTo(command);
        surface.AddTo(root);
        runtime.AddProgramOptions(command);
        runtime.AddProgramOptions(root);
        command.SetAction((parse, cancellationToken) => RunAsync(runtime, surface, parse, cancellationToken));
        root.SetAction((parse, cancellationToken) => RunAsync(runtime, surface, parse, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliRuntime runtime, SurfaceOptions surface, ParseResult parse, CancellationToken cancellationToken)
    {
        if (runtime.Settings(parse, serving: true) is not { } settings || surface.Apply(parse, settings, runtime.Console) is not { } chosen)
        {
            return ExitCodes.Usage;
        }

        if (runtime.Console.StdinIsTerminal)
        {
            runtime.Console.Error.WriteLine(Waiting);
        }

        // The host stops the server on SIGTERM, Ctrl+C and the end of stdin; any of them is a clean exit.
        await ServerComposition.RunStdioAsync(chosen, cancellationToken);
        return ExitCodes.Ok;
    }

    /// <summary>The options that choose the tools an agent is offered.</summary>
    private sealed class SurfaceOptions
    {
        private readonly Option<string[]> _toolsets = new("--toolsets")
        {
            Description = $"Tool sets to offer, comma-separated: {string.Join(", ", ToolSets.Sets.Select(s => s.Name))}, {ToolSets.Minimal} " +
                $"(scaffold and verify) or {ToolSets.Default} (all; else ${ToolsetsVariable}).",
            HelpName = "set,set",
        };

        private readonly Option<string[]> _tools = new("--tools")
        {
            Description = $"Tools to add by name, or to remove as !name, comma-separated; alone, only these tools (else ${ToolsVariable}).",
            HelpName = "name,!name",
        };

        private readonly Option<bool> _readOnly = new("--read-only")
        {
            Description = $"Offer and run only tools that write nothing, and execute nothing; wins over --toolsets and --tools (else ${ReadOnlyVariable}=1).",
        };

        public SurfaceOptions()
        {
            _toolsets.CompletionSources.Add(ToolSets.Names.ToArray());
            _tools.CompletionSources.Add(ToolSets.AllTools.ToArray());
        }

        public void AddTo(Command command)
        {
            command.Options.Add(_toolsets);
            command.Options.Add(_tools);
            command.Options.Add(_readOnly);
        }

        /// <summary>Returns the settings with the user's choice, or null after writing each unknown name (with the
        /// closest known ones) to stderr.</summary>
        public ServerSettings? Apply(ParseResult parse, ServerSettings settings, CliConsole console)
        {
            var toolsets = parse.GetValue(_toolsets) is { Length: > 0 } sets ? sets : FromEnvironment(ToolsetsVariable);
            var tools = parse.GetValue(_tools) is { Length: > 0 } named ? named : FromEnvironment(ToolsVariable);
            var selection = ToolSurface.Select(toolsets, tools);
            foreach (var (name, known, what) in selection.UnknownSets.Select(n => (n, ToolSets.Names, "tool set"))
                .Concat(selection.UnknownTools.Select(n => (n, ToolSets.AllTools, "tool"))))
            {
                var near = DidYouMean.Closest(name, known);
                console.ErrorLine($"'{name}' is not a {what}; " + (near.Count > 0 ? $"did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?" : $"use one of {string.Join(", ", known)}."));
            }

            if (selection.UnknownSets.Count + selection.UnknownTools.Count > 0)
            {
                return null;
            }

            var readOnly = parse.GetValue(_readOnly) || Environment.GetEnvironmentVariable(ReadOnlyVariable) is "1" or "true" or "TRUE" or "True" or "yes";
            return settings with { Toolsets = toolsets, Tools = tools, ReadOnly = readOnly, NarrowByWorkspace = true };
        }

        private static string[] FromEnvironment(string variable) =>
            Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? [value] : [];
    }
}
