using ModuleGen.Mcp.Hosting;

namespace ModuleGen.Mcp.Cli;

/// <summary>Serves MCP over stdio until the client closes stdin or the process is asked to stop. Writes nothing but
/// protocol messages to stdout.</summary>
internal sealed class ServeCommand : ICliCommand
{
    public string Name => "serve";

    public string Summary => "Serve MCP over stdio (the default when no verb is given).";

    public string Usage => "usage: modulegen [serve] [--workspace DIR] [--log-level LEVEL]";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments.Count > 0)
        {
            return context.UsageError($"serve takes no arguments, got '{arguments[0]}'.", Usage);
        }

        // The host stops the server on SIGTERM, Ctrl+C and the end of stdin; any of them is a clean exit.
        await ServerComposition.RunStdioAsync(context.Settings, cancellationToken);
        return ExitCodes.Ok;
    }
}
