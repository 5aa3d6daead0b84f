using ModuleGen.Core.Common;
using ModuleGen.Core.Modules;
using ModuleGen.Core.Registry;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Bench;

/// <summary>Fills a temporary workspace with N generated modules the way a user would: every other module is a
/// dagster-module (with the workspace add-on, postgresql and schedules, an explicit gRPC port so no scan is needed per
/// scaffold), the rest python-module bricks; then registers the Dagster ones with workspace_sync.</summary>
internal static class ModuleFarm
{
    public static (int Files, double Seconds) Generate(string root, int modules)
    {
        File.WriteAllText(Path.Join(root, "modulegen.yaml"), $"ports:\n  start: 4000\n  end: {4000 + modules}\nscan:\n  file_budget: 200000\n");
        File.WriteAllText(Path.Join(root, "workspace.yaml"), "load_from:\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var workspace = ModuleGenWorkspace.Open(root).Value;
        var engine = new ScribanTemplateEngine();
        var catalogue = new PackCatalogue(workspace, PackCatalogueOptions.Default);
        var scaffolder = new ScaffoldService(workspace, catalogue, engine);
        for (var i = 0; i < modules; i++)
        {
            var name = $"module_{i:0000}";
            var request = i % 2 == 0
                ? new ScaffoldRequest("dagster-module", $"modules/{name}", new Dictionary<string, object?> { ["module"] = name, ["grpc_port"] = (long)(4000 + i) }, ["workspace", "postgresql", "schedules"])
                : new ScaffoldRequest("python-module", $"modules/{name}", new Dictionary<string, object?> { ["module"] = name }, []);
            var result = scaffolder.Scaffold(request);
            if (!result.IsOk)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Code} {e.Message}")));
            }
        }

        var registry = new WorkspaceRegistryService(workspace, new GeneratedModules(workspace, catalogue, engine), [new DagsterWorkspaceYaml(), new DgToml()], new KeyedLocks());
        var synced = registry.Sync(new WorkspaceSyncRequest());
        if (!synced.IsOk)
        {
            throw new InvalidOperationException(string.Join("; ", synced.Errors.Select(e => e.Message)));
        }

        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count();
        return (files, watch.Elapsed.TotalSeconds);
    }
}
