using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Server;
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

        await using var services = ServerComposition.Build(context.Settings, b => b.WithStdioServerTransport());
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        try
        {
            await services.GetRequiredService<McpServer>().RunAsync(stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // A requested stop is a clean exit.
        }

        return ExitCodes.Ok;
    }
}
