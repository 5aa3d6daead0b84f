using Microsoft.Extensions.DependencyInjection;
using ModuleGen.Mcp.Hosting;

namespace ModuleGen.Mcp.Cli;

/// <summary>The Core services of one verb run, composed exactly as the server composes them
/// (<see cref="CoreServices.AddModuleGenCore"/> over a <see cref="WorkspaceHost"/>), without MCP.</summary>
internal sealed class CoreScope : IDisposable
{
    private readonly ServiceProvider _services;

    public CoreScope(ServerSettings settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton(_ => WorkspaceHost.Open(settings, interceptor: null));
        services.AddModuleGenCore();
        _services = services.BuildServiceProvider();
        Host = _services.GetRequiredService<WorkspaceHost>();
    }

    /// <summary>Gets the host that opened (or failed to open) the workspace.</summary>
    public WorkspaceHost Host { get; }

    /// <summary>Gets a Core service.</summary>
    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public void Dispose() => _services.Dispose();
}
