using System.Collections.Concurrent;
using ModelContextProtocol.Client;

namespace ModuleGen.Mcp.Tests.Support;

/// <summary>Starts the built `modulegen` executable as a child process and connects the SDK's McpClient to it over
/// stdio, exactly as Claude Code or the Inspector would. Never hosts the server inside the test process.</summary>
public sealed class StdioServer : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private StdioServer(McpClient client, ConcurrentQueue<string> stderr)
    {
        Client = client;
        Stderr = stderr;
    }

    public McpClient Client { get; }

    /// <summary>Gets the lines the server wrote to stderr (its log).</summary>
    public ConcurrentQueue<string> Stderr { get; }

    /// <summary>Names a server executable to test instead of the JIT build (CI sets it to the native command it installs from the tool package).</summary>
    public const string ServerVariable = "MODULEGEN_TEST_SERVER";

    /// <summary>Gets the path of the built modulegen.dll copied beside the tests.</summary>
    public static string ExecutablePath { get; } = Path.Join(AppContext.BaseDirectory, "modulegen.dll");

    /// <summary>Gets the command that starts the server under test and the arguments that come before its own:
    /// `dotnet modulegen.dll`, or the executable named by <see cref="ServerVariable"/>.</summary>
    public static (string Command, string[] Prefix) Launch { get; } =
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } native ? (native, []) : ("dotnet", [ExecutablePath]);

    /// <summary>Starts the server (<see cref="Launch"/>) with `--workspace <paramref name="workspace"/>` and completes the
    /// MCP handshake.</summary>
    public static Task<StdioServer> StartAsync(string workspace, IDictionary<string, string?>? environment = null, params string[] extraArguments) =>
        StartAsync(workspace, environment, null, extraArguments);

    /// <summary>Starts the server as above, connecting a client with <paramref name="client"/>'s options (its
    /// handlers declare its capabilities, e.g. elicitation).</summary>
    public static async Task<StdioServer> StartAsync(string workspace, IDictionary<string, string?>? environment, McpClientOptions? client, params string[] extraArguments)
    {
        var stderr = new ConcurrentQueue<string>();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "modulegen",
            Command = Launch.Command,
            Arguments = [.. Launch.Prefix, "--workspace", workspace, .. extraArguments],
            WorkingDirectory = workspace,
            EnvironmentVariables = environment ?? new Dictionary<string, string?>(),
            StandardErrorLines = stderr.Enqueue,
        });

        using var cts = new CancellationTokenSource(Timeout);
        var connected = await McpClient.CreateAsync(transport, client, cancellationToken: cts.Token);
        return new StdioServer(connected, stderr);
    }

    /// <summary>Gets a token that cancels after the default timeout, for one call.</summary>
    public static CancellationToken Deadline() => new CancellationTokenSource(Timeout).Token;

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
