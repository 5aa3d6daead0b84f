using System.CommandLine;
using ModuleGen.Mcp.Hosting;

namespace ModuleGen.Mcp.Cli;

/// <summary>Lists each tool with the first sentence of its description, as an MCP client sees them.</summary>
internal static class ToolsCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var command = new Command("tools", "List the MCP tools with their one-line purpose (see `call`).");
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (runtime.Settings(parse, serving: false) is not { } settings)
            {
                return ExitCodes.Usage;
            }

            await using var server = await InProcessServer.StartAsync(settings, cancellationToken);
            var tools = await server.Client.ListToolsAsync(cancellationToken: cancellationToken);
            CliOutput.Table(runtime.Console, ["tool", "purpose"],
                tools.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => (IReadOnlyList<string>)[t.Name, FirstSentence(t.Description ?? "")]));
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text.TrimEnd('.') : text[..end];
    }
}
