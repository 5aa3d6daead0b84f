using ModuleGen.Mcp.Hosting;

namespace ModuleGen.Mcp.Cli;

/// <summary>Lists each tool with the first sentence of its description, as a client would see them.</summary>
internal sealed class ToolsCommand : ICliCommand
{
    public string Name => "tools";

    public string Summary => "List the tools with their one-line purpose.";

    public string Usage => "usage: modulegen tools [--workspace DIR]";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments.Count > 0)
        {
            return context.UsageError($"tools takes no arguments, got '{arguments[0]}'.", Usage);
        }

        await using var server = await InProcessServer.StartAsync(context.Settings, cancellationToken);
        var tools = await server.Client.ListToolsAsync(cancellationToken: cancellationToken);
        var width = tools.Max(t => t.Name.Length);
        foreach (var tool in tools.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            context.Out.WriteLine($"{tool.Name.PadRight(width)}  {FirstSentence(tool.Description ?? "")}");
        }

        return ExitCodes.Ok;
    }

    internal static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text.TrimEnd('.') : text[..end];
    }
}
