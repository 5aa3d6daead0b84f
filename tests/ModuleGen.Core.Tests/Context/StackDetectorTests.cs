using ModuleGen.Core.Context;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Context;

public sealed class StackDetectorTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void Detect_FindsEachStackFromItsMarkers_InFixedOrder()
    {
        _ws.Write("go.mod", "module x\n");
        _ws.Write("rust/Cargo.toml", "[package]\n");
        _ws.Write("app/App.csproj", "<Project />");
        _ws.Write("web/package.json", "{}");
        _ws.Write("py/setup.cfg", "[metadata]\n");
        _ws.Write("dg.toml", "[workspace]\n");

        var stacks = StackDetector.Detect(_ws.Root, Scan());

        stacks.Select(s => s.Name).Should().Equal("python", "dagster", "node", "dotnet", "rust", "go");
        stacks.Single(s => s.Name == "dagster").Evidence.Should().Equal("dg.toml");
    }

    [Theory]
    [InlineData("dependencies = [\"dagster>=1.7\", \"pandas\"]", true)]
    [InlineData("dagster = \"^1.8\"", true)]
    [InlineData("install_requires =\n    dagster\n", true)]
    [InlineData("dependencies = [\"dagster[postgres]\"]", true)]
    [InlineData("dependencies = [\"dagster-webserver\"]", false)]
    [InlineData("dependencies = [\"dagster_postgres\"]", false)]
    [InlineData("description = \"not dagsterish\"", false)]
    public void DeclaresDagster_MatchesTheDependencyOnly(string manifest, bool expected)
    {
        var path = _ws.Write("pyproject.toml", manifest);

        StackDetector.DeclaresDagster(path).Should().Be(expected);
    }

    [Fact]
    public void Detect_EmptyWorkspace_FindsNothing()
    {
        StackDetector.Detect(_ws.Root, Scan()).Should().BeEmpty();
    }

    private WorkspaceScan Scan() => WorkspaceScanner.Scan(_ws.Root, ConfigLoader.FromYaml(null).Value.Scan);

    public void Dispose() => _ws.Dispose();
}
