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

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "projects/orders", variables: new Dictionary<string, object?> { ["dagster_version"] = "1.11.12" }));

        result.IsOk.Should().BeTrue();
        workspace.Read("projects/orders/pyproject.toml").Should().Contain("    \"dagster>=1.11.12\",\n");
    }

    [Fact]
    public void Scaffold_GivenVersionBelowTheFloor_IsRefused()
    {
        using var workspace = new TempWorkspace();

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "projects/orders", variables: new Dictionary<string, object?> { ["dagster_version"] = "1.10" }));

        result.Errors.Should().ContainSingle().Which.Should().Match<ModuleGen.Core.Common.ToolError>(e => e.Code == "scaffold.variable_pattern" && e.Pointer == "/variables/dagster_version");
        workspace.Exists("projects/orders").Should().BeFalse();
    }

    // Each row: a sibling's requirement, the version the new project depends on, whether the floor (1.11.10) replaced it.
    [Theory]
    [InlineData("dagster==1.12.7", "1.12.7", false)]
    [InlineData("dagster>=1.12.3,<2", "1.12.3", false)]
    [InlineData("dagster<2,>=1.12.4", "1.12.4", false)]
    [InlineData("dagster[postgres] ~= 1.12.5 ; python_version > '3.9'", "1.12.5", false)]
    [InlineData("dagster==1.12.*", "1.12", false)]
    [InlineData("dagster (>=1.12.2)", "1.12.2", false)]
    [InlineData("dagster==1.12.0rc2", "1.12.0", false)]
    [InlineData("dagster==1.11.*", "1.11.10", true)]
    [InlineData("dagster>=1.9.3", "1.11.10", true)]
    [InlineData("dagster<2", "1.12.19", false)]
    public void Scaffold_SiblingPinInAnyPep440Form_IsFollowedAboveTheFloor(string requirement, string expected, bool raised)
    {
        using var workspace = new TempWorkspace();
        workspace.Write("projects/billing/pyproject.toml", $"[project]\ndependencies = [\"{requirement.Replace("\"", "\\\"", StringComparison.Ordinal)}\"]\n");

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "projects/orders"));

        result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        workspace.Read("projects/orders/pyproject.toml").Should().Contain($"    \"dagster>={expected}\",\n");
        result.Value.Variables.Single(v => v.Name == "dagster_version").Origin.Should().Be(raised ? "minimum" : "default");
        if (raised)
        {
            result.Value.Notes.Should().ContainSingle().Which.Should().Contain("below 1.11.10");
        }
        else
        {
            result.Value.Notes.Should().BeNull();
        }
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
