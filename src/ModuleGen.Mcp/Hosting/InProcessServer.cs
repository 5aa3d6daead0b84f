using System.IO.Pipelines;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Runs the very server that stdio clients get, over in-memory pipes, so CLI verbs call the same handlers
/// through the same filters (call log included) as any MCP client.</summary>
internal sealed class InProcessServer : IAsyncDisposable
{
    private readonly Pipe _clientToServer;
    private readonly Pipe _serverToClient;
    private readonly ServiceProvider _services;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serverTask;

    private InProcessServer(ServerSettings settings, IWriteInterceptor? interceptor)
    {
        _clientToServer = new Pipe();
        _serverToClient = new Pipe();
        _services = ServerComposition.Build(
            settings,
            b => b.WithStreamServerTransport(_clientToServer.Reader.AsStream(), _serverToClient.Writer.AsStream()),
            interceptor);
        _serverTask = _services.GetRequiredService<McpServer>().RunAsync(_stop.Token);
    }

    public McpClient Client { get; private set; } = null!;

    /// <summary>Starts the server and connects a client to it.</summary>
    public static async Task<InProcessServer> StartAsync(ServerSettings settings, CancellationToken cancellationToken, IWriteInterceptor? interceptor = null)
    {
        var server = new InProcessServer(settings, interceptor);
        server.Client = await McpClient.CreateAsync(
            new StreamClientTransport(server._clientToServer.Writer.AsStream(), server._serverToClient.Reader.AsStream()),
            new McpClientOptions { ClientInfo = new Implementation { Name = "modulegen-cli", Version = ServerInfo.Version } },
            cancellationToken: cancellationToken);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (Client is not null)
        {
            await Client.DisposeAsync();
        }

        await _stop.CancelAsync();
        await _clientToServer.Writer.CompleteAsync();
        await _serverToClient.Writer.CompleteAsync();
        try
        {
            await _serverTask;
        }
        catch (OperationCanceledException)
        {
            // Stopping is the point.
        }

        await _services.DisposeAsync();
        _stop.Dispose();
    }
}
