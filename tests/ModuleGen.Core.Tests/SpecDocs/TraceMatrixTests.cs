using System.Text.Json;
using ModuleGen.Core.Json;
using ModuleGen.Core.SpecDocs.Trace;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.SpecDocs;

/// <summary>trace_matrix output compared to checked-in expected files (re-bless with MODULEGEN_BLESS=1).</summary>
public sealed class TraceMatrixTests : IDisposable
{
    private const string Snapshots = "tests/ModuleGen.Core.Tests/SpecDocs/Snapshots";
    private readonly TempWorkspace _ws = new();

    [Theory]
    [InlineData("valid", "clean")]
    [InlineData("invalid", "mg105-requirement-uncovered")]
    [InlineData("invalid", "mg106-scenario-uncovered")]
    public void Build_Fixture_MatchesTheExpectedJsonAndMarkdown(string set, string fixture)
    {
        SpecFixture.Load(set, fixture).WriteTo(_ws);

        var matrix = Build();

        var json = JsonSerializer.Serialize(matrix, new JsonSerializerOptions(JsonDefaults.Options) { WriteIndented = true }) + "\n";
        Snapshot.Match($"{Snapshots}/trace_matrix.{fixture}/trace.json", json);
        Snapshot.Match($"{Snapshots}/trace_matrix.{fixture}/trace.md", $"{matrix.Markdown}\n```mermaid\n{matrix.Mermaid}```\n");
    }

    [Fact]
    public void Build_CleanSet_LinksRequirementsToCodeAndTests()
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);

        var matrix = Build();

        var scenario = matrix.Scenarios[0];
        scenario.Tasks.Should().Equal("TASK-OAGW-01", "TASK-OAGW-02");
        scenario.Code.Should().Equal(new CodeLocation("modules/oagw/src/oagw/gateway.py", 1));
        scenario.Tests.Should().Equal(new CodeLocation("modules/oagw/tests/test_gateway.py", 4));
        matrix.Uncovered.RequirementsWithoutScenarios.Should().BeEmpty();
        matrix.Uncovered.ScenariosWithoutTests.Should().Equal("SCEN-OAGW-02", "SCEN-OAGW-03", "SCEN-OAGW-04");
        matrix.CodeFolder.Should().Be("modules/oagw");
    }

    [Fact]
    public void Build_ScanBudget_StopsTheScanAndSaysSo()
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);
        _ws.Write("modulegen.yaml", "scan:\n  file_budget: 1\n");

        var matrix = Build();

        (matrix.FilesScanned, matrix.ScanStoppedEarly).Should().Be((1, true));
    }

    [Fact]
    public void Build_SkipsBuildFoldersAndTheDocsFolder()
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);
        _ws.Write("modules/oagw/node_modules/x/index.js", "// SCEN-OAGW-04\n");
        _ws.Write("modules/oagw/build/gen.py", "# SCEN-OAGW-04\n");

        Build().Scenarios[3].Code.Should().BeEmpty();
    }

    private TraceMatrixResult Build()
    {
        var services = new SpecDocsServices(_ws.Root);
        var result = new TraceMatrixBuilder(services.Workspace, services.Loader).Build(new TraceMatrixRequest("oagw"));
        result.IsOk.Should().BeTrue();
        return result.Value;
    }

    public void Dispose() => _ws.Dispose();
}
