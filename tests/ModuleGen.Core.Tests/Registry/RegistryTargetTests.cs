using ModuleGen.Core.Common;
using ModuleGen.Core.Registry;
using ModuleGen.Core.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Tests.Registry;

/// <summary>The one registry decision workspace_add shares with the scaffold: a generated file is never edited, a
/// PyYAML-style list keeps its style, a duplicate location is refused up front, a pyproject dg workspace is found.</summary>
public sealed class RegistryTargetTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void Add_OnlyAGeneratedWorkspaceYaml_IsRefusedAndNothingIsWritten()
    {
        _ws.Dagster("orders");
        _ws.Write("workspace.yaml", "# AUTO-GENERATED - DO NOT EDIT\nload_from:\n- python_module: legacy\n");
        var before = _ws.TreeHash();

        var result = _ws.Registry().Add(new WorkspaceAddRequest("orders"));

        result.Errors.Should().ContainSingle().Which.Should().Match<ToolError>(e => e.Code == ErrorCodes.RegistryFileGenerated && e.Message.Contains("AUTO-GENERATED - DO NOT EDIT"));
        _ws.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Add_IndentlessSequence_TheBlockFollowsTheListStyle_AndRemoveRestoresTheBytes()
    {
        _ws.Dagster("orders");
        const string PyYaml = "# code locations\nload_from:\n- grpc_server:\n    host: a\n    port: 4000\n    location_name: a\n";
        _ws.Write("workspace.yaml", PyYaml);

        _ws.Registry().Add(new WorkspaceAddRequest("orders")).IsOk.Should().BeTrue();

        var text = _ws.Read("workspace.yaml");
        text.Should().StartWith(PyYaml + "# >>> modulegen:orders >>>", "the block follows the last sibling, in the list's own style").And.Contain("\n- grpc_server:\n    host: localhost\n");
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        ((YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("load_from")]).Children.Should().HaveCount(2);

        _ws.Registry().Remove(new WorkspaceRemoveRequest("orders")).IsOk.Should().BeTrue();
        _ws.Read("workspace.yaml").Should().Be(PyYaml);
    }

    [Fact]
    public void Add_ListWithAHeaderComment_TheBlockGoesAfterTheEntryTheCommentDescribes()
    {
        _ws.Dagster("orders");
        const string Commented = "load_from:\n  # Each entry is a service in docker-compose.\n  - grpc_server:\n      host: use_case\n      port: 4000\n      location_name: use_case\n";
        _ws.Write("workspace.yaml", Commented);

        _ws.Registry().Add(new WorkspaceAddRequest("orders")).IsOk.Should().BeTrue();

        _ws.Read("workspace.yaml").Should().StartWith(Commented + "  # >>> modulegen:orders >>>", "a block never splits a comment from the entry it describes");
        _ws.Registry().Remove(new WorkspaceRemoveRequest("orders")).IsOk.Should().BeTrue();
        _ws.Read("workspace.yaml").Should().Be(Commented);
    }

    [Fact]
    public void Add_LocationNameTheFileAlreadyDeclares_IsRefusedWithAHint()
    {
        _ws.Dagster("orders");
        _ws.Write("workspace.yaml", "load_from:\n  - python_module:\n      module_name: legacy\n      location_name: orders\n");

        var result = _ws.Registry().Add(new WorkspaceAddRequest("orders"));

        result.Errors.Should().ContainSingle().Which.Should().Match<ToolError>(e => e.Code == ErrorCodes.RegistryLocationDuplicate && e.Location!.Line == 2);
    }

    [Fact]
    public void Add_DgWorkspaceInPyproject_RegistersThere_AndNoWorkspaceYamlIsCreated()
    {
        _ws.Dagster("orders");
        const string Pyproject = "[project]\nname = \"ws\"\n\n[tool.dg]\ndirectory_type = \"workspace\"\n\n[tool.dg.workspace]\n\n[tool.ruff]\nline-length = 100\n";
        _ws.Write("pyproject.toml", Pyproject);

        var result = _ws.Registry().Add(new WorkspaceAddRequest("orders")).Value;

        result.Files.Select(f => f.File).Should().Equal("pyproject.toml");
        _ws.Read("pyproject.toml").Should().Contain("[tool.dg.workspace]\n# >>> modulegen:orders >>>").And.Contain("[[tool.dg.workspace.projects]]\npath = \"modules/orders\"\n# <<< modulegen:orders <<<\n\n[tool.ruff]",
            "the element goes with the workspace table, never after an unrelated one");
        _ws.Exists("workspace.yaml").Should().BeFalse();
        _ws.Registry().Remove(new WorkspaceRemoveRequest("orders")).IsOk.Should().BeTrue();
        _ws.Read("pyproject.toml").Should().Be(Pyproject);
    }

    [Fact]
    public void Add_PyprojectWithoutDgWorkspace_IsNoRegistry()
    {
        _ws.Dagster("orders");
        _ws.Write("pyproject.toml", "[project]\nname = \"ws\"\n");

        _ws.Registry().Add(new WorkspaceAddRequest("orders")).Value.Files.Select(f => f.File).Should().Equal("workspace.yaml");
    }

    public void Dispose() => _ws.Dispose();
}
