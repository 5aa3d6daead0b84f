using ModuleGen.Core.Common;
using ModuleGen.Core.Registry;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Registry;

/// <summary>The registry is read the way dg and Dagster read it: what they reject is a finding, what they do not read
/// is never edited, and a new entry joins its siblings without changing a byte outside its block.</summary>
public sealed class RegistryAsDagsterReadsItTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Theory]
    [InlineData("[workspace]\n\n[[workspace.projects]]\npath = \"modules/a\"\n", "directory_type` is missing")]
    [InlineData("directory_type = \"workspace\"\n\n[workspace]\nprojects = [\"modules/a\"]\n", "not `projects = [...]`")]
    [InlineData("directory_type = \"workspace\"\n\n[[workspace.projects]]\npath = \"modules/a\"\nname = \"a\"\n", "unrecognized field `name`")]
    [InlineData("directory_type = \"workspace\"\nworkspaces = 1\n", "unrecognized field `workspaces`")]
    public void Validate_DgTomlDgWouldReject_IsInvalid(string dgToml, string said)
    {
        _ws.Write("modules/a/x", "");
        _ws.Write("dg.toml", dgToml);

        var result = _ws.Registry().Validate().Value;

        result.Valid.Should().BeFalse();
        result.Findings.Should().Contain(f => f.Code == ErrorCodes.RegistryFileInvalid && f.File == "dg.toml" && f.Message.Contains(said));
    }

    [Theory]
    [InlineData("  - python_module:\n      name: orders.definitions\n", "needs 'module_name'")]
    [InlineData("  - grpc_server:\n      host: x\n", "needs 'port' or 'socket'")]
    [InlineData("  - module_name: orders\n", "no load_from kind")]
    public void Validate_WorkspaceEntryDagsterRejects_IsAnError(string item, string said)
    {
        _ws.Write("workspace.yaml", "load_from:\n" + item);

        var result = _ws.Registry().Validate().Value;

        result.Valid.Should().BeFalse();
        result.Findings.Should().Contain(f => f.Code == ErrorCodes.RegistryEntryInvalid && f.Line == 2 && f.Message.Contains(said));
    }

    [Fact]
    public void Validate_ContainerPaths_AreNoMissingPaths()
    {
        _ws.Write("docker-compose.yml", "services:\n  web:\n    command: dagster-webserver -w /opt/dagster/app/workspace.yaml\n    volumes:\n      - ./deploy:/opt/dagster/app\n");
        _ws.Write("deploy/workspace.yaml", "load_from:\n  - python_module:\n      module_name: orders.definitions\n      working_directory: /opt/dagster/app\n");
        _ws.Write("dagster_cloud.yaml", "locations:\n  - location_name: orders\n    code_source:\n      module_name: orders.definitions\n    working_directory: /opt/dagster/app\n");

        var listed = _ws.Registry().List().Value;
        var result = _ws.Registry().Validate().Value;

        listed.Files.Should().Contain(f => f.Path == "deploy/workspace.yaml" && f.Reason!.Contains("docker-compose.yml:3") && f.Reason.Contains("mounted from deploy/workspace.yaml"));
        result.Findings.Should().BeEmpty("working directories in a container's workspace.yaml and in dagster_cloud.yaml are container paths");
    }

    [Fact]
    public void Add_DgTomlWithoutFinalNewline_TheBlockGoesBeforeTheLastProject_AndRemoveRestoresTheBytes()
    {
        _ws.Dagster("orders");
        const string DgToml = "directory_type = \"workspace\"\n\n[workspace]\n\n# the first project\n[[workspace.projects]]\npath = \"modules/a\"";
        _ws.Write("modules/a/x", "");
        _ws.Write("dg.toml", DgToml);

        _ws.Registry().Add(new WorkspaceAddRequest("orders")).IsOk.Should().BeTrue();

        _ws.Read("dg.toml").Should().StartWith("directory_type = \"workspace\"\n\n[workspace]\n\n# >>> modulegen:orders >>>").And.EndWith("# <<< modulegen:orders <<<\n# the first project\n[[workspace.projects]]\npath = \"modules/a\"");
        _ws.Registry().Remove(new WorkspaceRemoveRequest("orders")).IsOk.Should().BeTrue();
        _ws.Read("dg.toml").Should().Be(DgToml);
    }

    [Fact]
    public void Add_DgTomlWithCliAfterTheProjects_TheElementJoinsTheProjectsBeforeTheCliTable()
    {
        _ws.Dagster("orders");
        _ws.Write("modules/a/x", "");
        _ws.Write("dg.toml", "directory_type = \"workspace\"\n\n[workspace]\n[[workspace.projects]]\npath = \"modules/a\"\n\n# settings\n[cli]\nverbose = true\n");

        _ws.Registry().Add(new WorkspaceAddRequest("orders")).IsOk.Should().BeTrue();

        _ws.Read("dg.toml").Should().Contain("path = \"modules/a\"\n# >>> modulegen:orders >>>").And.Contain("# <<< modulegen:orders <<<\n\n# settings\n[cli]\n");
    }

    [Fact]
    public void Add_ProjectsAsAnInlineArray_IsRefusedWithWhatIsWrong()
    {
        _ws.Dagster("orders");
        _ws.Write("dg.toml", "directory_type = \"workspace\"\n\n[workspace]\nprojects = [\"modules/a\"]\n");

        var error = _ws.Registry().Add(new WorkspaceAddRequest("orders")).Errors.Should().ContainSingle().Subject;

        error.Code.Should().Be(ErrorCodes.RegistryResultInvalid);
        error.Message.Should().Contain("inline array").And.NotContain("indentation");
        error.Location!.Line.Should().Be(4);
    }

    [Fact]
    public void Add_ProjectDgTomlAtTheRoot_IsRefusedAndNothingIsWritten()
    {
        _ws.Dagster("orders");
        const string Project = "directory_type = \"project\"\n\n[project]\nroot_module = \"shop\"\n";
        _ws.Write("dg.toml", Project);

        var error = _ws.Registry().Add(new WorkspaceAddRequest("orders")).Errors.Should().ContainSingle().Subject;

        error.Code.Should().Be(ErrorCodes.RegistrySingleLocation);
        error.Hint.Should().Contain("directory_type = \"workspace\"");
        _ws.Read("dg.toml").Should().Be(Project);
        _ws.Exists("workspace.yaml").Should().BeFalse();
    }

    [Fact]
    public void Scaffold_InADgWorkspace_AllocatesNoPortAndSaysHowDgRunsIt()
    {
        _ws.Write("dg.toml", "directory_type = \"workspace\"\n\n[workspace]\n");

        var result = _ws.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "modules/orders", addons: ["workspace"]));

        result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        result.Value.Variables.Select(v => v.Name).Should().NotContain(["grpc_port", "grpc_host"]);
        _ws.Read("modules/orders/.modulegen-answers.yaml").Should().NotContain("grpc_port");
        _ws.Read("modules/orders/README.md").Should().Contain("uv run dg dev").And.NotContain("dagster api grpc");
        _ws.Read("dg.toml").Should().Contain("[[workspace.projects]]\npath = \"modules/orders\"\n");
    }

    [Fact]
    public void Scaffold_SiblingsReachedAsComposeServices_TheNewHostFollowsThemAndTheServiceIsNamed()
    {
        _ws.Write("docker-compose.yml", "services:\n  docker_billing:\n    build: ./modules/billing\n");
        _ws.Write("workspace.yaml", "load_from:\n  - grpc_server:\n      host: docker_billing\n      port: 4000\n      location_name: billing\n");

        var result = _ws.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "modules/orders", addons: ["workspace"]));

        result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        result.Value.Variables.Single(v => v.Name == "grpc_host").Value.Should().Be("docker_orders");
        _ws.Read("workspace.yaml").Should().Contain("host: docker_orders");
        result.Value.Notes.Should().ContainSingle().Which.Should().Contain("docker_orders:").And.Contain("\"-m\", \"orders.definitions\"");
    }

    [Fact]
    public void Scaffold_DryRunCreatingTheRegistry_DiffsItFromDevNull()
    {
        var result = _ws.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "modules/orders", addons: ["workspace"], dryRun: true));

        result.Value.Changes.Single(c => c.Path == "workspace.yaml").Diff.Should().StartWith("--- /dev/null\n+++ b/workspace.yaml\n");
    }

    public void Dispose() => _ws.Dispose();
}
