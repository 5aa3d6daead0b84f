using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;
using ModuleGen.Core.Audit;
using ModuleGen.Core.Audit.Modules;
using ModuleGen.Core.Bricks;
using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Deployment;
using ModuleGen.Core.Modules;
using ModuleGen.Core.Registry;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;
using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.SpecDocs.Gates;
using ModuleGen.Core.SpecDocs.Prompts;
using ModuleGen.Core.SpecDocs.Trace;
using ModuleGen.Core.Execution;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Prompts;
using ModuleGen.Core.Verification;
using ModuleGen.Core.Workspace;
using ModuleGen.Mcp.Prompts;
using ModuleGen.Mcp.Tools;
using Serilog.Events;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Composes the server once for every way it runs (stdio, or in-process for the CLI): workspace, logging,
/// Core services, tools and the filters every call goes through.</summary>
/// <remarks>Nothing here opens the workspace or creates a tool: the server must answer <c>initialize</c> first
/// (<see cref="WorkspaceHost"/>, <see cref="DeferredPrimitives"/>, <see cref="AfterHandshake"/>; BENCHMARKS.md).</remarks>
internal static class ServerComposition
{
    /// <summary>Builds the service provider; <paramref name="transport"/> adds the stdio or stream transport.</summary>
    public static ServiceProvider Build(ServerSettings settings, Action<IMcpServerBuilder> transport, IWriteInterceptor? interceptor = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(_ => new WorkspaceHost(settings, interceptor));
        services.AddLogging(b =>
        {
            b.Services.AddSingleton<ILoggerProvider>(sp => new DeferredLoggerProvider(sp.GetRequiredService<WorkspaceHost>()));
            // Serilog applies the configured level; the SDK's own lines are cut here, before the workspace is needed.
            b.SetMinimumLevel(LogLevel.Trace)
                .AddFilter<DeferredLoggerProvider>(LoggingSetup.SdkCategory, ToMicrosoftLevel(LoggingSetup.SdkLevel(settings.LogLevel ?? LogEventLevel.Information)));
        });
        services.AddModuleGenCore();

        var builder = services.AddMcpServer(options =>
        {
            options.ServerInfo = new() { Name = ServerInfo.Name, Title = "ModuleGen", Version = ServerInfo.Version };
            options.ServerInstructions = ServerInfo.Instructions;
        });
        transport(builder);
        builder
            .WithDeferredTools<ContextTools>()
            .WithDeferredTools<TemplateTools>()
            .WithDeferredTools<ScaffoldTools>()
            .WithDeferredTools<UpdateTools>()
            .WithDeferredTools<SpecDocsTools>()
            .WithDeferredPrompts<StepPrompts>()
            .WithDeferredTools<PlanTools>()
            .WithDeferredTools<BrickTools>()
            .WithDeferredTools<RecipeTools>()
            .WithDeferredTools<VerificationTools>()
            .WithDeferredPrompts<ModulePrompts>()
            .WithDeferredTools<AuditTools>()
            .WithDeferredTools<RegistryTools>()
            .WithDeferredTools<DeploymentTools>()
            .WithRequestFilters(filters =>
            {
                filters.AddCallToolFilter(CallLogFilter.Create(TimeProvider.System));
                filters.AddCallToolFilter(WorkspaceGate.Create());
                filters.AddCallToolFilter(ArgumentCheckFilter.Create());
            });
        AfterHandshake.Register(services);
        // Every tool, however registered, is compacted once when it is created (the tools/list budget): see
        // ToolListCompaction. Never rewrite tools in a PostConfigure: enumerating the collection there creates every
        // tool before initialize is answered (StartupDeferralTests).
        DeferredPrimitives.Apply(services, tool => ToolListCompaction.Apply(tool.ProtocolTool));
        return services.BuildServiceProvider();
    }

    private static LogLevel ToMicrosoftLevel(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => LogLevel.Trace,
        LogEventLevel.Debug => LogLevel.Debug,
        LogEventLevel.Information => LogLevel.Information,
        LogEventLevel.Warning => LogLevel.Warning,
        LogEventLevel.Error => LogLevel.Error,
        _ => LogLevel.Critical,
    };
}
