using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Does the start-up work that <c>initialize</c> does not need — creating the tools, opening the workspace and
/// its logger, creating the prompts — on one background thread as soon as the client sends notifications/initialized,
/// so it is usually done before the first tools/list or tools/call arrives (which would otherwise do it on demand).</summary>
internal static class AfterHandshake
{
    /// <summary>Registers the notifications/initialized handler.</summary>
    public static void Register(IServiceCollection services) =>
        services.AddOptions<McpServerOptions>().Configure<DeferredToolCollection, WorkspaceHost, DeferredPrompts>((options, tools, host, prompts) =>
            options.Handlers.NotificationHandlers =
            [
                .. options.Handlers.NotificationHandlers ?? [],
                new(NotificationMethods.InitializedNotification, (_, _) =>
                {
                    ThreadPool.UnsafeQueueUserWorkItem(static work => Run(work), new Action[] { tools.Load, host.Open, prompts.Load }, preferLocal: false);
                    return ValueTask.CompletedTask;
                }),
            ]);

    private static void Run(Action[] work)
    {
        foreach (var step in work)
        {
            try
            {
                step();
            }
            catch (Exception)
            {
                // Each Lazy keeps its exception; the request that needs the value reports it.
            }
        }
    }
}
