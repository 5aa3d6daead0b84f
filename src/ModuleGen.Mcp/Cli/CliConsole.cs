using Spectre.Console;

namespace ModuleGen.Mcp.Cli;

/// <summary>Where a verb writes and whether it may ask: plain writers when output is piped, a Spectre console (tables,
/// prompts, progress bars) when stdout is a terminal.</summary>
/// <param name="Out">Standard output; on a terminal, the Spectre console's own writer.</param>
/// <param name="Error">Standard error: diagnostics, refusals, progress lines when piped.</param>
/// <param name="Terminal">The Spectre console when stdout is a terminal, else null (no markup, no colour, no prompt).</param>
/// <param name="CanPrompt">True when a person can answer prompts (stdin and stdout are terminals).</param>
/// <param name="StdinIsTerminal">True when stdin is a terminal (bare `modulegen` then explains itself).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, IAnsiConsole? Terminal, bool CanPrompt, bool StdinIsTerminal)
{
    /// <summary>Gets the name of the variable that turns colour off (https://no-color.org).</summary>
    public const string NoColorVariable = "NO_COLOR";

    /// <summary>Binds the process's console. Nothing is written here: in server mode stdout belongs to MCP.</summary>
    public static CliConsole FromProcess()
    {
        var stdinTerminal = !Console.IsInputRedirected;
        if (Console.IsOutputRedirected)
        {
            return new CliConsole(Console.Out, Console.Error, null, false, stdinTerminal);
        }

        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(NoColorVariable));
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Detect,
            ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = stdinTerminal ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        return new CliConsole(Console.Out, Console.Error, terminal, stdinTerminal, stdinTerminal);
    }

    /// <summary>Plain writers, as when output is piped: no tables, no prompts (tests and scripts).</summary>
    public static CliConsole Plain(TextWriter stdout, TextWriter stderr) => new(stdout, stderr, null, false, false);

    /// <summary>A terminal console (a test console in tests); <paramref name="canPrompt"/> says whether someone answers.</summary>
    public static CliConsole ForTerminal(IAnsiConsole terminal, TextWriter stderr, bool canPrompt) =>
        new(terminal.Profile.Out.Writer, stderr, terminal, canPrompt, canPrompt);

    /// <summary>Writes a refusal or usage problem as one line on stderr.</summary>
    public void ErrorLine(string message) => Error.WriteLine($"error: {message}");
}
