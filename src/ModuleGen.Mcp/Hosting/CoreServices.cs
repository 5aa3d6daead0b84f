using Microsoft.Extensions.DependencyInjection;
using ModuleGen.Core.Audit;
using ModuleGen.Core.Audit.Modules;
using ModuleGen.Core.Bricks;
using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Deployment;
using ModuleGen.Core.DgChecks;
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
using ModuleGen.Core.Programs;
using ModuleGen.Core.Prompts;
using ModuleGen.Core.Verification;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Registers the Core services every way of running uses (the MCP server and the CLI verbs).</summary>
internal static class CoreServices
{
    /// <summary>Adds the Core services; the caller registers <see cref="WorkspaceHost"/>, which opens the workspace.</summary>
    public static IServiceCollection AddModuleGenCore(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        // Resolved only by tool calls, which WorkspaceGate lets through only when the workspace opened.
        services.AddSingleton(sp => sp.GetRequiredService<WorkspaceHost>().Workspace.Value);

        services.AddSingleton(PackCatalogueOptions.Default);
        services.AddSingleton<PackCatalogue>();
        services.AddSingleton<ITemplateLister>(sp => sp.GetRequiredService<PackCatalogue>());
        services.AddSingleton<ITemplateEngine, ScribanTemplateEngine>();
        services.AddSingleton<IConflictMerger, ModuleGen.Core.Updating.LineMerger>();
        services.AddSingleton<ScaffoldService>();
        services.AddSingleton<ModuleGen.Core.Updating.UpdateService>();
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
        services.AddSingleton<IPlanBrickCheck, PlanBrickCheck>();
        services.AddSingleton<PlanValidator>();
        services.AddSingleton<PlannedBricks>();
        services.AddSingleton<IPlanRevisionFollower, RunCarryOver>();
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
        // What the user allowed to run, fixed for the life of the server (never read from the workspace).
        services.AddSingleton(sp => sp.GetRequiredService<WorkspaceHost>().Programs);
        services.AddSingleton<ProgramRunner>();
        services.AddSingleton(DgCheckOptions.FromEnvironment());
        services.AddSingleton<DgCheckRunner>();
        services.AddSingleton<IExpectedFilesSource, PlanExpectedFiles>();
        services.AddSingleton<IExpectedFilesSource, AnswersExpectedFiles>();
        services.AddSingleton<FileVerifier>();
        services.AddSingleton<GeneratedModules>();
        services.AddSingleton<IWorkspaceRegistry, DagsterWorkspaceYaml>();
        services.AddSingleton<IWorkspaceRegistry, DgToml>();
        services.AddSingleton<IWorkspaceRegistry, PyprojectDgWorkspace>();
        services.AddSingleton<IWorkspaceRegistry, SingleLocationRoot>();
        services.AddSingleton<IWorkspaceRegistry, DagsterCloudYaml>();
        services.AddSingleton<IWorkspaceRegistry, HelmValues>();
        services.AddSingleton<WorkspaceRegistryService>();
        services.AddSingleton<DeploymentService>();
        services.AddSingleton<IAuditCheck, ModuleAuditCheck>();
        services.AddSingleton<IAuditCheck, RegistryAuditCheck>();
        services.AddSingleton<IAuditCheck, PlanAuditCheck>();
        services.AddSingleton<IAuditCheck, DgAuditCheck>();
        services.AddSingleton<AuditService>();
        return services;
    }
}
