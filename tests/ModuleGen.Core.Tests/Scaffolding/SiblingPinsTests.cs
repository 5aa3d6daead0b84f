using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Scaffolding;

/// <summary>dagster-module's Dagster version defaults to what the projects beside the target pin, else a current release.</summary>
public sealed class SiblingPinsTests
{
    [Fact]
    public void Scaffold_NoSiblings_DefaultsToTheCurrentRelease()
    {
        using var workspace = new TempWorkspace();

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "projects/orders"));

        result.IsOk.Should().BeTrue();
        result.Value.Variables.Single(v => v.Name == "dagster_version").Should().Match<ResolvedVariable>(v => v.Value == "1.12.19" && v.Origin == "default");
        workspace.Read("projects/orders/pyproject.toml").Should().Contain("    \"dagster>=1.12.19\",\n");
    }

    [Fact]
    public void Scaffold_SiblingsPin_TheHighestPinIsTheDefault()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("projects/billing/pyproject.toml", "[project]\nname = \"billing\"\ndependencies = [\"Dagster == 1.11.3\", \"pandas>=2\"]\n\n[dependency-groups]\ndev = [\"dagster-webserver~=1.11.3\"]\n");
        workspace.Write("projects/stock/uv.lock", "version = 1\n\n[[package]]\nname = \"dagster\"\nversion = \"1.12.7\"\n\n[[package]]\nname = \"dagster-webserver\"\nversion = \"1.12.7\"\n");
        workspace.Write("projects/broken/pyproject.toml", "[project\ndependencies = [\"dagster==9.9.9\"]\n");
        workspace.Write("elsewhere/pyproject.toml", "[project]\ndependencies = [\"dagster==2.0.0\"]\n");

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "projects/orders"));

        result.IsOk.Should().BeTrue();
        workspace.Read("projects/orders/pyproject.toml").Should().Contain("    \"dagster>=1.12.7\",\n").And.Contain("    \"dagster-webserver>=1.12.7\",\n",
            "the lock of a sibling beats the lower pin of another; a file that does not parse and folders that are no siblings count for nothing");
    }

    [Fact]
    public void Scaffold_GivenVersion_WinsOverThePins()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("projects/billing/pyproject.toml", "[project]\ndependencies = [\"dagster==1.12.7\"]\n");

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "projects/orders", variables: new Dictionary<string, object?> { ["dagster_version"] = "1.10" }));

        result.IsOk.Should().BeTrue();
        workspace.Read("projects/orders/pyproject.toml").Should().Contain("    \"dagster>=1.10\",\n");
    }

    [Fact]
    public void Scaffold_SiblingChangedSinceTheLastRead_ItsNewPinCounts()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("projects/billing/pyproject.toml", "[project]\ndependencies = [\"dagster==1.11.3\"]\n");
        workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "projects/orders", dryRun: true)).IsOk.Should().BeTrue();
        workspace.Write("projects/billing/pyproject.toml", "[project]\ndependencies = [\"dagster==1.12.4\"]\n");

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "projects/orders"));

        result.Value.Variables.Single(v => v.Name == "dagster_version").Value.Should().Be("1.12.4", "a parsed file is reused only while its text is the same");
    }
}
