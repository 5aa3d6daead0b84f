using ModuleGen.Mcp.Cli;
using Spectre.Console.Testing;

namespace ModuleGen.Mcp.Tests.Cli;

/// <summary>Runs the CLI in-process as a person on a terminal sees it: a Spectre test console for stdout (tables,
/// prompts and the answers typed into them), stderr captured apart.</summary>
internal sealed class TerminalCli
{
    public TerminalCli(bool interactive)
    {
        Console = new TestConsole();
        Console.Profile.Width = 200;
        if (interactive)
        {
            Console.Interactive();
        }

        Interactive = interactive;
    }

    public TestConsole Console { get; }

    public bool Interactive { get; }

    public async Task<(int Code, string Screen, string Stderr)> Run(params string[] args)
    {
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, CliConsole.ForTerminal(Console, stderr, Interactive));
        return (code, Console.Output, stderr.ToString());
    }
}

/// <summary>Runs the CLI in-process as a script sees it: stdout and stderr piped (no tables, no prompts).</summary>
internal static class PipedCli
{
    public static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
