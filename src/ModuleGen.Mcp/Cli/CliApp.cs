using System.CommandLine;
using System.CommandLine.Invocation;

namespace ModuleGen.Mcp.Cli;

/// <summary>Runs the command line: no verb (or `serve`) speaks MCP over stdio; the other verbs are for people and
/// scripts (`modulegen --help`). Usage problems exit 2 with one line each and a did-you-mean; nothing ends in a stack trace.</summary>
internal static class CliApp
{
    /// <summary>Runs against the process's own console. In server mode nothing is written to stdout here.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, CliConsole.FromProcess());

    /// <summary>Runs with plain (piped) output, as scripts see it.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        RunAsync(args, CliConsole.Plain(stdout, stderr), cancellationToken);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var runtime = new CliRuntime(console);
        var root = CommandTree.Build(runtime);
        var parse = root.Parse(args);
        // ProcessTerminationTimeout = null: Ctrl+C ends a verb at once, even inside a prompt (the parser's own handler
        // would only cancel a token nobody at a prompt watches); `serve` handles SIGINT and SIGTERM itself.
        var invocation = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
        {
            return UsageError(parse, console);
        }

        try
        {
            return await parse.InvokeAsync(invocation, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.ErrorLine("cancelled.");
            return ExitCodes.ToolError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or FormatException)
        {
            // A failure no Core service turned into a ToolError: one line, never a stack trace.
            console.ErrorLine($"{ex.Message}");
            return ExitCodes.ToolError;
        }
    }

    /// <summary>Writes each parse error on one line, with the closest verbs or options for a mistyped one, and how to
    /// get help for the verb that was being used.</summary>
    private static int UsageError(ParseResult parse, CliConsole console)
    {
        foreach (var error in parse.Errors)
        {
            console.ErrorLine(error.Message);
        }

        var command = parse.CommandResult.Command;
        foreach (var token in parse.UnmatchedTokens)
        {
            var near = DidYouMean.Suggest(token, command);
            if (near.Count > 0)
            {
                console.Error.WriteLine($"Did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?");
            }
        }

        console.Error.WriteLine($"See '{CommandPath(parse)} --help' for usage.");
        return ExitCodes.Usage;
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command is RootCommand ? "modulegen" : result.Command.Name);
        }

        return string.Join(' ', names);
    }
}
