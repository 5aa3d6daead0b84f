using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol.Server;
using ModuleGen.Core.Workspace;
using ModuleGen.Mcp.Resources;
using ModuleGen.Mcp.Tools;
using Serilog;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Composes the server once for every way it runs — over stdio, or in-process for the CLI verbs — on the
/// Generic Host: the workspace and its Serilog logger, the Core services, the tools and prompts, and the filters every
/// tool call goes through.</summary>
internal static class ServerComposition
{
    /// <summary>How long the host waits for tool calls to notice cancellation when it stops (end of stdin, SIGTERM).</summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(2);

    /// <summary>How long the tool calls in flight at the end of stdin may still take to answer before the host stops.</summary>
    public static readonly TimeSpan EndOfInputGrace = TimeSpan.FromSeconds(5);

    /// <summary>Builds the host; <paramref name="transport"/> adds the stdio or stream transport. The tools are described
    /// from tool-list.json and the prompts from their attributes, or, with <paramref name="reflectTools"/>, both are
    /// derived by the SDK from their methods (<see cref="ToolListFile"/>, <see cref="PromptListing"/>).</summary>
    public static IHost Build(ServerSettings settings, Action<IMcpServerBuilder> transport, IWriteInterceptor? interceptor = null, bool reflectTools = false)
    {
        // Opened before the host, since its configuration chooses the log level and file; a workspace that cannot be
        // opened still gives a server, whose every tool call reports why (WorkspaceGate).
        var workspace = WorkspaceHost.Open(settings, interceptor);
        var surface = workspace.Surface;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = settings.WorkspaceRoot });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownGrace);
        builder.Services.AddSingleton(_ => workspace); // created by a factory, so the host disposes it (the log file)
        builder.Services.AddSingleton(surface);
        builder.Services.AddSerilog(workspace.Logger, dispose: false);
        builder.Services.AddModuleGenCore();
        builder.Services.AddSingleton<LargeResults>();

        var server = builder.Services.AddMcpServer(options =>
        {
            options.ServerInfo = new() { Name = ServerInfo.Name, Title = "ModuleGen", Version = ServerInfo.Version };
            options.ServerInstructions = ServerInfo.Instructions;
            // Declared even when the surface leaves no tool, so tools/list answers an empty list and a call is refused
            // with the reason (ToolSurfaceFilters) rather than "method not available".
            options.Capabilities = new() { Tools = new() };
        });
        transport(server);
        server
            .WithModuleGenTools(surface, reflectTools)
            .WithProgramAnnotations(workspace.Programs)
            .WithModuleGenPrompts(reflectTools)
            .WithResources<ResultResources>()
            .WithRequestFilters(filters =>
            {
                filters.AddListToolsFilter(ToolSurfaceFilters.ListOrder());
                ListLifetimes.Add(filters);
                filters.AddCallToolFilter(CallLogFilter.Create(TimeProvider.System));
                filters.AddCallToolFilter(ToolSurfaceFilters.Calls());
                filters.AddCallToolFilter(WorkspaceGate.Create());
                filters.AddCallToolFilter(ArgumentCheckFilter.Create());
            });
        return builder.Build();
    }

    /// <summary>Serves MCP over stdio until stdin ends or the process is asked to stop (SIGTERM, Ctrl+C).</summary>
    /// <remarks>The host stops at the end of stdin even while a tool call is stuck (<see cref="BoundedStdin"/>): the calls
    /// in flight get <see cref="EndOfInputGrace"/> to answer and then <see cref="ShutdownGrace"/> to notice their
    /// cancellation; one that ignores it is left behind when the process exits.</remarks>
    public static async Task RunStdioAsync(ServerSettings settings, CancellationToken cancellationToken)
    {
        var stdin = new BoundedStdin(new WellFormedEscapes(Console.OpenStandardInput()), MaxRequestBytes);
        var host = Build(settings, b => b.WithStreamServerTransport(stdin, new BufferedStream(Console.OpenStandardOutput())));
        var workspace = host.Services.GetRequiredService<WorkspaceHost>();
        try
        {
            // At the end of stdin the calls in flight get EndOfInputGrace to answer; then the host stops.
            var endOfInput = new CancellationTokenSource(); // lives as long as the process: EOF may come at any time
            endOfInput.Token.Register(host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication);
            stdin.EndOfInput += () => endOfInput.CancelAfter(EndOfInputGrace);
            stdin.LineCut += dropped => workspace.Logger.Warning(
                "A request line over {Limit} bytes was cut ({Dropped} bytes dropped); it is answered with a parse error when its id came first", MaxRequestBytes, dropped);
            await host.StartAsync(cancellationToken);
            await host.WaitForShutdownAsync(cancellationToken);
            // Disposing the server waits for the tool calls in flight; one stuck on a FIFO would never let it finish.
            try
            {
                await ((IAsyncDisposable)host).DisposeAsync().AsTask().WaitAsync(ShutdownGrace, CancellationToken.None);
            }
            catch (TimeoutException)
            {
                workspace.Logger.Warning("A tool call did not stop within {Grace}; exiting without it", ShutdownGrace);
            }
        }
        finally
        {
            workspace.Dispose();
        }
    }

    /// <summary>The longest request line read from stdin. Above every argument limit of the tools (a 10 MB argument
    /// still gets the tool's own precise error), far below what costs the process gigabytes.</summary>
    public const int MaxRequestBytes = 16 * 1024 * 1024;
}
