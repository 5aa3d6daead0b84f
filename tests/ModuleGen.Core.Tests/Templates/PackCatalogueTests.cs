using ModuleGen.Core.Templates;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Templates;

public sealed class PackCatalogueTests
{
    [Fact]
    public void ListAll_BuiltInPacks_AreListedByName()
    {
        using var workspace = new TempWorkspace();

        var listing = ScaffoldingSupport.Catalogue(workspace.Open()).ListAll();

        listing.Problems.Should().BeEmpty();
        listing.Templates.Select(t => (t.Name, t.Origin)).Should().Equal(("dagster-module", "built_in"), ("intent-docs", "built_in"), ("python-module", "built_in"));
        listing.Templates[0].Addons.Should().Equal("postgresql", "mysql", "schedules", "deploy-git", "deploy-rsync", "component", "workspace");
    }

    [Fact]
    public void Find_WorkspacePackOfTheSameName_ShadowsTheBuiltIn()
    {
        using var workspace = new TempWorkspace();
        TestPacks.Write(workspace, "python-module", TestPacks.Simple.Replace("name: simple", "name: python-module"));

        var catalogue = ScaffoldingSupport.Catalogue(workspace.Open());

        catalogue.Find("python-module").Value.Origin.Should().Be("workspace");
        catalogue.ListAll().Templates.Single(t => t.Name == "python-module").Shadows.Should().Equal("built_in:built-in");
    }

    [Fact]
    public void ListAll_SearchPathPacks_AreFoundAndBrokenPacksReported()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("modulegen.yaml", "templates:\n  search_paths:\n    - shared/packs\n    - ../outside\n");
        TestPacks.Write(workspace, "simple", TestPacks.Simple, folder: "shared/packs");
        TestPacks.Write(workspace, "broken", "name: broken\nversion: 1\nwhat: 1\n", new Dictionary<string, string>(), folder: "shared/packs");

        var catalogue = ScaffoldingSupport.Catalogue(workspace.Open());
        var listing = catalogue.ListAll();

        listing.Templates.Single(t => t.Name == "simple").Should().Match<TemplateSummary>(t => t.Origin == "search_path" && t.Location == "shared/packs/simple");
        listing.Problems.Select(p => (p.Code, p.Pointer)).Should().BeEquivalentTo([("path.outside_workspace", "/config/templates/search_paths/1"), ("template.manifest_unknown_key", "/what")]);
        catalogue.Find("broken").Errors.Should().ContainSingle().Which.Location!.File.Should().Be("shared/packs/broken/template.yaml");
    }

    [Fact]
    public void Describe_Pack_GivesVariablesAddonsFilesChecklistAndHelpers()
    {
        using var workspace = new TempWorkspace();

        var described = ScaffoldingSupport.Catalogue(workspace.Open()).Describe("dagster-module", helpers: true).Value;

        described.Variables.Select(v => v.Name).Should().StartWith(["module", "description"]);
        described.Addons.Single(a => a.Name == "mysql").Conflicts.Should().Equal("postgresql");
        described.Injections.Should().ContainSingle().Which.Target.Should().Be("workspace.yaml");
        described.Checklist.Select(c => c.Id).Should().Contain("dagster.definitions");
        described.Helpers!.Select(h => h.Name).Should().Contain(["snake", "json", "quote"]);
        ScaffoldingSupport.Catalogue(workspace.Open()).Describe("dagster-module").Value.Helpers.Should().BeNull("the helpers are for pack authors, asked for");
    }
}
