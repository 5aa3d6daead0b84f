using ModuleGen.Core.Common;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Scaffolding;

/// <summary>Hostile or wrong input is refused with the rule it broke, at its pointer, and nothing is written.</summary>
public sealed class ScaffoldHostileInputTests
{
    [Theory]
    [InlineData("../../x")]
    [InlineData("ok/../../x")]
    [InlineData("/etc/x")]
    [InlineData("..\\x")]
    public void Scaffold_ManifestDestinationEscapes_RefusedNothingWritten(string destination)
    {
        using var workspace = new TempWorkspace();
        TestPacks.Write(workspace, "evil", $"name: evil\nversion: 1.0.0\nfiles:\n  - source: a.txt\n    destination: '{destination}'\n", new Dictionary<string, string> { ["a.txt"] = "x" });
        var before = workspace.TreeHash();

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("evil", "modules/x", module: null));

        Refused(result, workspace, before, ("template.manifest_invalid", "/files/0/destination"));
        result.Errors[0].Location.Should().Be(new SourceLocation(".modulegen/templates/evil/template.yaml", 5, 19), result.Errors[0].Location!.ToString());
    }

    [Theory]
    [InlineData("../../escape")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("a\\b")]
    [InlineData("")]
    public void Scaffold_VariableValueEndsUpAsPathSegment_RefusedAtTheVariable(string value)
    {
        using var workspace = new TempWorkspace();
        TestPacks.Write(workspace, "simple", TestPacks.Simple);
        var before = workspace.TreeHash();

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("simple", "modules/x", module: null, variables: new Dictionary<string, object?> { ["name"] = value }));

        Refused(result, workspace, before, ("scaffold.path_variable", "/variables/name"));
        result.Errors[0].Found.Should().Be(value);
    }

    [Fact]
    public void Scaffold_TargetDirIsSymlinkOutOfWorkspace_Refused()
    {
        using var workspace = new TempWorkspace();
        using var outside = new TempWorkspace();
        Directory.CreateDirectory(Path.Join(workspace.Root, "modules"));
        Directory.CreateSymbolicLink(Path.Join(workspace.Root, "modules", "orders"), outside.Root);
        var before = (workspace.TreeHash(), outside.TreeHash());

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "modules/orders"));

        result.Errors.Select(e => (e.Code, e.Pointer)).Should().Equal(("path.symlink_escape", "/target_dir"));
        (workspace.TreeHash(), outside.TreeHash()).Should().Be(before);
    }

    [Theory]
    [InlineData("../outside", "path.outside_workspace")]
    [InlineData("/tmp/modulegen-elsewhere", "path.outside_workspace")]
    [InlineData("modules/a\0b", "path.nul_byte")]
    [InlineData("modules/CON", "path.reserved_name")]
    [InlineData("", "argument.missing")]
    public void Scaffold_BadTargetDir_Refused(string target, string code)
    {
        using var workspace = new TempWorkspace();
        var before = workspace.TreeHash();

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", target));

        Refused(result, workspace, before, (code, "/target_dir"));
    }

    public static TheoryData<string[], string, string> AddonCases() => new()
    {
        { ["nope"], "scaffold.addon_unknown", "/addons/0" },
        { ["postgresql", "mysql"], "scaffold.addon_conflict", "/addons/1" },
        { ["mysql", "postgresql"], "scaffold.addon_conflict", "/addons/1" },
        { ["schedules", "schedules"], "scaffold.addon_duplicate", "/addons/1" },
    };

    [Theory]
    [MemberData(nameof(AddonCases))]
    public void Scaffold_BadAddons_Refused(string[] addons, string code, string pointer)
    {
        using var workspace = new TempWorkspace();
        var before = workspace.TreeHash();

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "modules/orders", addons: addons));

        Refused(result, workspace, before, (code, pointer));
    }

    [Fact]
    public void Scaffold_AddonWithoutWhatItRequires_Refused()
    {
        using var workspace = new TempWorkspace();
        TestPacks.Write(workspace, "simple", TestPacks.Simple);
        var before = workspace.TreeHash();

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("simple", "modules/x", module: null, addons: ["needy"], variables: new Dictionary<string, object?> { ["name"] = "n" }));

        Refused(result, workspace, before, ("scaffold.addon_requires", "/addons/0"));
    }

    public static TheoryData<Dictionary<string, object?>, string, string> VariableCases() => new()
    {
        { new() { ["module"] = "orders", ["bogus"] = "x" }, "scaffold.variable_unknown", "/variables/bogus" },
        { new() { ["module"] = null }, "scaffold.variable_required", "/variables/module" },
        { new() { ["module"] = "../etc" }, "scaffold.variable_pattern", "/variables/module" },
        { new() { ["module"] = "orders", ["python_version"] = "2.7" }, "scaffold.variable_choice", "/variables/python_version" },
        { new() { ["module"] = "orders", ["grpc_port"] = 70000L }, "scaffold.variable_type", "/variables/grpc_port" },
        { new() { ["module"] = "orders", ["grpc_port"] = "http" }, "scaffold.variable_type", "/variables/grpc_port" },
        { new() { ["module"] = 42L }, "scaffold.variable_type", "/variables/module" },
        { new() { ["module"] = "orders", ["description"] = "say \"hi\"" }, "scaffold.variable_pattern", "/variables/description" },
    };

    [Theory]
    [MemberData(nameof(VariableCases))]
    public void Scaffold_BadVariables_RefusedAtTheirPointer(Dictionary<string, object?> variables, string code, string pointer)
    {
        using var workspace = new TempWorkspace();
        var before = workspace.TreeHash();

        var result = workspace.Scaffolder().Scaffold(new ScaffoldRequest("dagster-module", "modules/orders", variables, []));

        Refused(result, workspace, before, (code, pointer));
    }

    [Fact]
    public void Scaffold_SeveralProblems_AllReportedAtOnce()
    {
        using var workspace = new TempWorkspace();

        var result = workspace.Scaffolder().Scaffold(new ScaffoldRequest("dagster-module", "modules/orders",
            new Dictionary<string, object?> { ["python_version"] = "2.7", ["grpc_port"] = "x" }, ["nope"], OnConflict: "maybe"));

        result.Errors.Select(e => e.Pointer).Should().BeEquivalentTo("/on_conflict");
        var second = workspace.Scaffolder().Scaffold(new ScaffoldRequest("dagster-module", "modules/orders",
            new Dictionary<string, object?> { ["python_version"] = "2.7", ["grpc_port"] = "x" }, ["nope"]));
        second.Errors.Select(e => e.Pointer).Should().BeEquivalentTo("/addons/0", "/variables/module", "/variables/python_version", "/variables/grpc_port");
    }

    [Fact]
    public void Scaffold_UnknownTemplate_ListsTheAvailableOnes()
    {
        using var workspace = new TempWorkspace();

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("nope", "modules/orders"));

        result.Errors.Should().ContainSingle().Which.Should().Match<ToolError>(e => e.Code == "template.not_found" && e.Pointer == "/template" && e.Hint.Contains("dagster-module, intent-docs, python-module"));
    }

    private static void Refused(Result<ScaffoldResult> result, TempWorkspace workspace, string before, params (string Code, string Pointer)[] expected)
    {
        result.IsOk.Should().BeFalse();
        result.Errors.Select(e => (e.Code, e.Pointer)).Should().Equal(expected, string.Join("\n", result.Errors.Select(e => $"{e.Code} {e.Pointer} {e.Location} {e.Message}")));
        workspace.TreeHash().Should().Be(before, "a refused scaffold writes nothing");
    }
}
