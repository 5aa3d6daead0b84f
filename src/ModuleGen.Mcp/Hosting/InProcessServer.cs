using System.IO.Pipelines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
    private readonly IHost _host;

    private InProcessServer(ServerSettings settings, IWriteInterceptor? interceptor)
    {
        _clientToServer = new Pipe();
        _serverToClient = new Pipe();
        _host = ServerComposition.Build(
            settings,
            b => b.WithStreamServerTransport(_clientToServer.Reader.AsStream(), _serverToClient.Writer.AsStream()),
            interceptor);
    }

    public McpClient Client { get; private set; } = null!;

    /// <summary>Starts the server and connects a client to it (<paramref name="client"/>: the client's own options, e.g. a
    /// test's elicitation handler).</summary>
    public static async Task<InProcessServer> StartAsync(ServerSettings settings, CancellationToken cancellationToken, IWriteInterceptor? interceptor = null, McpClientOptions? client = null)
    {
        var server = new InProcessServer(settings, interceptor);
        await server._host.StartAsync(cancellationToken);
        server.Client = await McpClient.CreateAsync(
            new StreamClientTransport(server._clientToServer.Writer.AsStream(), server._serverToClient.Reader.AsStream()),
            client ?? new McpClientOptions { ClientInfo = new Implementation { Name = "modulegen-cli", Version = ServerInfo.Version } },
            cancellationToken: cancellationToken);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (Client is not null)
        {
            await Client.DisposeAsync();
        }

        await _clientToServer.Writer.CompleteAsync();
        await _serverToClient.Writer.CompleteAsync();
        await _host.StopAsync();
        await ((IAsyncDisposable)_host).DisposeAsync();
    }
}
