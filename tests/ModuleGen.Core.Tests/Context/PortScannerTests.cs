using ModuleGen.Core.Context;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Context;

public sealed class PortScannerTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void Scan_FindsEveryKindOfClaim_SortedByPortFileLine()
    {
        _ws.Write("workspace.yaml", "load_from:\n  - python_module: a\n  - grpc_server:\n      host: localhost\n      port: 4266\n      location_name: b\n");
        _ws.Write("docker-compose.yml", "services:\n  db:\n    ports:\n      - \"5432:5432\"\n      - \"127.0.0.1:8080:80/tcp\"\n      - target: 80\n        published: 8081\n      - \"9000-9002:9000-9002\"\n");
        _ws.Write("svc/.env", "# comment\nPORT=3000\nexport API_PORT=\"3001\"\nNOT_A_PORTX=1\n");
        _ws.Write("modules/m/.modulegen-answers.yaml", "template: dagster-module\nvariables:\n  grpc_port: 4100\n  name: m\n");

        var (ports, warnings) = PortScanner.Scan(_ws.Root, Scan());

        warnings.Should().BeEmpty();
        ports.Select(p => (p.Port, p.File, p.Line, p.Source)).Should().Equal(
            (3000, "svc/.env", 2, "env"),
            (3001, "svc/.env", 3, "env"),
            (4100, "modules/m/.modulegen-answers.yaml", 3, "answers"),
            (4266, "workspace.yaml", 5, "workspace_grpc_server"),
            (5432, "docker-compose.yml", 4, "docker_compose"),
            (8080, "docker-compose.yml", 5, "docker_compose"),
            (8081, "docker-compose.yml", 7, "docker_compose"),
            (9000, "docker-compose.yml", 8, "docker_compose"),
            (9001, "docker-compose.yml", 8, "docker_compose"),
            (9002, "docker-compose.yml", 8, "docker_compose"));
    }

    [Fact]
    public void Scan_MalformedYaml_BecomesAWarningNotAFailure()
    {
        _ws.Write("workspace.yaml", "load_from: [unclosed\n");

        var (ports, warnings) = PortScanner.Scan(_ws.Root, Scan());

        ports.Should().BeEmpty();
        warnings.Should().ContainSingle().Which.Should().StartWith("workspace.yaml:");
    }

    [Theory]
    [InlineData("8080", new[] { 8080 })]
    [InlineData("8080:80", new[] { 8080 })]
    [InlineData("0.0.0.0:8080:80/udp", new[] { 8080 })]
    [InlineData("7000-7001:7000-7001", new[] { 7000, 7001 })]
    [InlineData("abc", new int[0])]
    [InlineData("70000:80", new int[0])]
    public void HostPorts_ReadsTheHostSide(string mapping, int[] expected)
    {
        PortScanner.HostPorts(mapping).Should().Equal(expected);
    }

    private WorkspaceScan Scan() => WorkspaceScanner.Scan(_ws.Root, ConfigLoader.FromYaml(null).Value.Scan);

    public void Dispose() => _ws.Dispose();
}
