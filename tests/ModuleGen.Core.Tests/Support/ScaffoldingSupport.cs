using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Opens a test workspace and builds the template catalogue and scaffold service over it.</summary>
public static class ScaffoldingSupport
{
    public static ModuleGenWorkspace Open(this TempWorkspace workspace, IWriteInterceptor? interceptor = null)
    {
        var opened = ModuleGenWorkspace.Open(workspace.Root, interceptor);
        opened.IsOk.Should().BeTrue(string.Join("; ", opened.Errors.Select(e => e.Message)));
        return opened.Value;
    }

    public static ScaffoldService Scaffolder(this TempWorkspace workspace, IWriteInterceptor? interceptor = null, string? builtIn = null)
    {
        var opened = workspace.Open(interceptor);
        return new ScaffoldService(opened, Catalogue(opened, builtIn), new ScribanTemplateEngine());
    }

    public static PackCatalogue Catalogue(ModuleGenWorkspace workspace, string? builtIn = null) =>
        new(workspace, builtIn is null ? PackCatalogueOptions.Default : new PackCatalogueOptions(builtIn));
}
