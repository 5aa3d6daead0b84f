using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Runs the SDK's start-up code once on a second thread while the main thread opens the workspace and composes
/// the services, so the two overlap instead of adding up.</summary>
/// <remarks>Most of the SDK's start-up cost is JIT-compiling generic System.Text.Json and async code for its protocol
/// types (ReadyToRun cannot precompile generic instantiations across the framework boundary). Building a throwaway
/// server with the same kinds of handlers, which is never run, and reading and writing one handshake message compiles
/// that code earlier; the real server then finds it ready. Nothing here touches the workspace, stdin or stdout.</remarks>
internal static class ProtocolWarmUp
{
    private const string Initialize =
        """{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"warm-up","version":"0"}}}""";

    /// <summary>Starts the warm-up on a thread-pool thread and returns at once.</summary>
    public static void Start() => ThreadPool.UnsafeQueueUserWorkItem(static _ => Run(), null);

    private static void Run()
    {
        try
        {
            var json = McpJsonUtilities.DefaultOptions;
            var message = JsonSerializer.Deserialize(Initialize, json.GetTypeInfo(typeof(JsonRpcMessage)));
            _ = JsonSerializer.SerializeToUtf8Bytes(message, json.GetTypeInfo(typeof(JsonRpcMessage)));
            var options = new McpServerOptions
            {
                ServerInfo = new Implementation { Name = ServerInfo.Name, Version = ServerInfo.Version },
                ToolCollection = [],
                Handlers =
                {
                    ListPromptsHandler = static (_, _) => ValueTask.FromResult(new ListPromptsResult()),
                    GetPromptHandler = static (_, _) => ValueTask.FromResult(new GetPromptResult()),
                },
            };
            var server = McpServer.Create(new StreamServerTransport(Stream.Null, Stream.Null), options);
            _ = JsonSerializer.SerializeToUtf8Bytes(new InitializeResult
            {
                ProtocolVersion = "2025-06-18",
                ServerInfo = options.ServerInfo,
                Capabilities = new ServerCapabilities { Tools = new(), Prompts = new() },
            }, json.GetTypeInfo(typeof(InitializeResult)));
            server.DisposeAsync().AsTask().Wait();
        }
        catch (Exception)
        {
            // A warm-up that fails costs nothing but its time; the real server reports its own problems.
        }
    }
}
