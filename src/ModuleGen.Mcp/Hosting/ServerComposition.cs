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
using ModuleGen.Core.Telemetry;
using ModuleGen.Core.Verification;
using ModuleGen.Core.Workspace;
using ModuleGen.Mcp.Prompts;
using ModuleGen.Mcp.Tools;
using Serilog;
using Serilog.Events;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Composes the server once for every way it runs (stdio, or in-process for the CLI): workspace, logging,
/// Core services, tools and the filters every call goes through.</summary>
internal static class ServerComposition
{
    /// <summary>Builds the service provider; <paramref name="transport"/> adds the stdio or stream transport.</summary>
    public static ServiceProvider Build(ServerSettings settings, Action<IMcpServerBuilder> transport, IWriteInterceptor? interceptor = null)
    {
        var opened = ModuleGenWorkspace.Open(settings.WorkspaceRoot, interceptor);
        var workspace = opened.IsOk ? opened.Value : null;
        var level = settings.LogLevel ?? LoggingSetup.ParseLevel(workspace?.Config.Logging.Level) ?? LogEventLevel.Information;
        var serilog = LoggingSetup.Create(level, settings.ConsoleLevel ?? level, LoggingSetup.LogsFolder(workspace));
        var logger = new Serilog.Extensions.Logging.SerilogLoggerFactory(serilog).CreateLogger("ModuleGen.Tools");
        if (!opened.IsOk)
        {
            logger.LogError("The workspace could not be opened; every tool call will report: {Errors}", ToolResultMapper.Describe(opened.Errors));
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSerilog(serilog, dispose: true).SetMinimumLevel(ToMicrosoftLevel(level)));
        services.AddSingleton(TimeProvider.System);
        if (workspace is not null)
        {
            services.AddSingleton(workspace);
        }

        services.AddSingleton(PackCatalogueOptions.Default);
        services.AddSingleton<PackCatalogue>();
        services.AddSingleton<ITemplateLister>(sp => sp.GetRequiredService<PackCatalogue>());
        services.AddSingleton<ITemplateEngine, HandlebarsTemplateEngine>();
        services.AddSingleton<ScaffoldService>();
        services.AddSingleton<ContextBuilder>();
        services.AddSingleton<DocumentSetLoader>();
        services.AddSingleton<SpecDocsAuditCheck>();
        services.AddSingleton<IAuditCheck>(sp => sp.GetRequiredService<SpecDocsAuditCheck>());
        services.AddSingleton<SpecDocsChecker>();
        services.AddSingleton<IdAllocator>();
        services.AddSingleton<TraceMatrixBuilder>();
        services.AddSingleton<GateChecker>();
        services.AddSingleton<StepPromptService>();
        services.AddSingleton<KeyedLocks>();
        services.AddSingleton<PlanValidator>();
        services.AddSingleton<PlanStore>();
        services.AddSingleton<PlanExpander>();
        services.AddSingleton<RunLog>();
        services.AddSingleton<Recipe>();
        services.AddSingleton(PromptTemplateOptions.BesideProgram());
        services.AddSingleton<PromptTemplates>();
        services.AddSingleton<PlanPromptService>();
        services.AddSingleton<CreateModulePromptService>();
        services.AddSingleton<BrickSkeletons>();
        services.AddSingleton<BrickSpecResolver>();
        services.AddSingleton<IExpectedFilesSource, PlanExpectedFiles>();
        services.AddSingleton<IExpectedFilesSource, AnswersExpectedFiles>();
        services.AddSingleton<FileVerifier>();
        services.AddSingleton<GeneratedModules>();
        services.AddSingleton<IWorkspaceRegistry, DagsterWorkspaceYaml>();
        services.AddSingleton<IWorkspaceRegistry, DgToml>();
        services.AddSingleton<WorkspaceRegistryService>();
        services.AddSingleton<DeploymentService>();
        services.AddSingleton<IAuditCheck, ModuleAuditCheck>();
        services.AddSingleton<IAuditCheck, RegistryAuditCheck>();
        services.AddSingleton<IAuditCheck, PlanAuditCheck>();
        services.AddSingleton<AuditService>();

        var builder = services.AddMcpServer(options =>
        {
            options.ServerInfo = new() { Name = ServerInfo.Name, Title = "ModuleGen", Version = ServerInfo.Version };
            options.ServerInstructions = ServerInfo.Instructions;
        });
        transport(builder);
        services.PostConfigure<McpServerOptions>(options =>
        {
            // Every tool, however registered, is compacted here once: see ToolListCompaction (the tools/list budget).
            foreach (var tool in options.ToolCollection ?? [])
            {
                ToolListCompaction.Apply(tool.ProtocolTool);
            }
        });
        builder
            .WithTools<ContextTools>(ToolJson.Options)
            .WithTools<TemplateTools>(ToolJson.Options)
            .WithTools<ScaffoldTools>(ToolJson.Options)
            .WithTools<SpecDocsTools>(ToolJson.Options)
            .WithPrompts<StepPrompts>(ToolJson.Options)
            .WithTools<PlanTools>(ToolJson.Options)
            .WithTools<BrickTools>(ToolJson.Options)
            .WithTools<RecipeTools>(ToolJson.Options)
            .WithTools<VerificationTools>(ToolJson.Options)
            .WithPrompts<ModulePrompts>(ToolJson.Options)
            .WithTools<AuditTools>(ToolJson.Options)
            .WithTools<RegistryTools>(ToolJson.Options)
            .WithTools<DeploymentTools>(ToolJson.Options)
            .WithRequestFilters(filters =>
            {
                filters.AddCallToolFilter(CallLogFilter.Create(CallLogFor(workspace), TimeProvider.System, logger));
                filters.AddCallToolFilter(WorkspaceGate.Create(opened));
            });
        return services.BuildServiceProvider();
    }

    private static CallLog CallLogFor(ModuleGenWorkspace? workspace)
    {
        if (workspace is not { Config.Logging.CallLog: true })
        {
            return new CallLog(null);
        }

        var path = workspace.Guard.Resolve($"{workspace.Config.Logging.Directory}/{CallLog.FileName}", "/config/logging/directory");
        return new CallLog(path.IsOk ? path.Value.FullPath : null);
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
