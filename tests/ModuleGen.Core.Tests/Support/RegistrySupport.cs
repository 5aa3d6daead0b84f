using ModuleGen.Core.Common;
using ModuleGen.Core.Modules;
using ModuleGen.Core.Registry;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Builds the registry service over a test workspace and scaffolds modules into it.</summary>
public static class RegistrySupport
{
    public static WorkspaceRegistryService Registry(this TempWorkspace workspace, IWriteInterceptor? interceptor = null)
    {
        var opened = workspace.Open(interceptor);
        return new WorkspaceRegistryService(opened, Modules(opened), [new DagsterWorkspaceYaml(), new DgToml()], new KeyedLocks());
    }

    public static GeneratedModules Modules(ModuleGenWorkspace workspace) =>
        new(workspace, ScaffoldingSupport.Catalogue(workspace), new ScribanTemplateEngine());

    /// <summary>Scaffolds dagster-module into modules/&lt;name&gt; with the given add-ons (and variables).</summary>
    public static void Dagster(this TempWorkspace workspace, string name, IReadOnlyList<string>? addons = null, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", $"modules/{name}", module: name, addons: addons, variables: variables));
        result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.Select(e => $"{e.Code} {e.Message}")));
    }

    public static byte[] Bytes(this TempWorkspace workspace, string relativePath) => File.ReadAllBytes(Path.Join(workspace.Root, relativePath));
}
