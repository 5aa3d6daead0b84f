using System.Text.Json;
using ModuleGen.Core.Json;
using ModuleGen.Core.SpecDocs;
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
        Snapshot.Match($"{Snapshots}/trace_matrix.{fixture}/trace.md", $"{Build("markdown").Markdown}\n```mermaid\n{Build("mermaid").Mermaid}```\n");
        (matrix.Markdown, matrix.Mermaid).Should().Be((null, null), "one format per call: json by default");
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
    public void Build_IdsAsWrittenAndDirectTaskCitations()
    {
        _ws.Write("modules/oagw/docs/INTENT_REQUIREMENTS.md", "# R\n\n### REQ-OAGW-1: Forward\nIt MUST forward.\n\n### REQ-OAGW-2: Time out\nIt MAY time out.\n");
        _ws.Write("modules/oagw/docs/INTENT_SCENARIOS.md", "# S\n\n### SCEN-OAGW-01: Forward\n- **WHEN** a request\n- **THEN** forward it (REQ-OAGW-01)\n");
        _ws.Write("modules/oagw/docs/TASKS.md", "# T\n\n### 1. Forwarding\n- [ ] 1.1 Forward (SCEN-OAGW-1)\n\n### TASK-OAGW-2: Timeouts\n- [ ] 2.1 Time out (REQ-OAGW-02)\n");

        var matrix = Build();

        matrix.Requirements.Select(r => (r.Id, string.Join(",", r.Scenarios), string.Join(",", r.Tasks), r.Covered)).Should().Equal(
            ("REQ-OAGW-1", "SCEN-OAGW-01", "", true), ("REQ-OAGW-2", "", "TASK-OAGW-2", true));
        matrix.Scenarios.Single().Tasks.Should().Equal("1. Forwarding");
        matrix.Tasks.Select(t => t.Id).Should().Equal("1. Forwarding", "TASK-OAGW-2");
        Build("markdown").Markdown.Should().Contain("| REQ-OAGW-2 | **no scenario** | TASK-OAGW-2 [ ] |").And.NotContain("REQ-OAGW-01");
        Build("mermaid").Mermaid.Should().Contain("task_1__Forwarding[\"1. Forwarding\"]").And.Contain("REQ_OAGW_2 --> TASK_OAGW_2");
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

    [Fact]
    public void Build_ModuleWithAStoredPlan_ScansTheCodeWhereThePlanPutsIt()
    {
        using var plans = new PlanServices();
        plans.Temp.Write("modules/oagw/docs/INTENT_REQUIREMENTS.md", "# R\n\n### REQ-OAGW-1: Forward\nIt MUST forward.\n");
        plans.Temp.Write("pipelines/oagw_pipeline/src/gateway.py", "# REQ-OAGW-1\n");
        var plan = SamplePlans.Chain(1, "oagw");
        plan.BrickAt(0)["target_dir"] = "pipelines/oagw_pipeline";
        plans.StoreValid(plan);

        var result = new TraceMatrixBuilder(plans.Workspace, new DocumentSetLoader(plans.Workspace, plans.Store)).Build(new TraceMatrixRequest("oagw"));

        result.Errors.Should().BeEmpty();
        result.Value.CodeFolder.Should().Be("pipelines/oagw_pipeline");
        result.Value.Requirements.Single().Code.Should().Equal(new CodeLocation("pipelines/oagw_pipeline/src/gateway.py", 1));
    }

    private TraceMatrixResult Build(string? format = null)
    {
        var services = new SpecDocsServices(_ws.Root);
        var result = new TraceMatrixBuilder(services.Workspace, services.Loader).Build(new TraceMatrixRequest("oagw", format));
        result.IsOk.Should().BeTrue();
        return result.Value;
    }

    public void Dispose() => _ws.Dispose();
}
