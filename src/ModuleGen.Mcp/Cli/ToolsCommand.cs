using System.CommandLine;
using ModuleGen.Mcp.Hosting;

namespace ModuleGen.Mcp.Cli;

/// <summary>Lists each tool with its set and the first sentence of its description, as an MCP client sees them. Reads
/// the descriptions the server lists (tool-list.json) without starting one.</summary>
internal static class ToolsCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var command = new Command("tools", "List the MCP tools with their tool set and one-line purpose (see `call`, `serve --toolsets`).");
        command.SetAction(_ =>
        {
            CliOutput.Table(runtime.Console, ["tool", "set", "purpose"],
                ToolListFile.Load().Values.OrderBy(t => t.Name, StringComparer.Ordinal)
                    .Select(t => (IReadOnlyList<string>)[t.Name, ToolSets.SetOf(t.Name) ?? "", FirstSentence(t.Description ?? "")]));
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
