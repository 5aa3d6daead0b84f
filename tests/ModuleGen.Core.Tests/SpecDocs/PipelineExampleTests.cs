using System.Text;
using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.SpecDocs.Gates;
using ModuleGen.Core.SpecDocs.Trace;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.SpecDocs;

/// <summary>The pipeline's own example documents (Fixtures/examples) with golden check_docs, trace_matrix and
/// check_gate answers (re-bless with MODULEGEN_BLESS=1), plus the facts the goldens must show.</summary>
public sealed class PipelineExampleTests : IDisposable
{
    private const string Snapshots = "tests/ModuleGen.Core.Tests/SpecDocs/Snapshots";
    private readonly TempWorkspace _ws = new();

    [Theory]
    [InlineData("pipeline-examples")]
    [InlineData("pipeline-examples-numbered-tasks")]
    public void Example_AnswersMatchTheGoldenFiles(string name)
    {
        SpecFixture.Load("examples", name).WriteTo(_ws);
        var services = new SpecDocsServices(_ws.Root);

        var docs = services.Checker.Check(new CheckDocsRequest("oagw")).Value;
        var markdown = new TraceMatrixBuilder(services.Workspace, services.Loader).Build(new TraceMatrixRequest("oagw", "markdown")).Value.Markdown;
        var mermaid = new TraceMatrixBuilder(services.Workspace, services.Loader).Build(new TraceMatrixRequest("oagw", "mermaid")).Value.Mermaid;
        var gates = new StringBuilder();
        foreach (var step in new[] { 1, 2, 3, 4 })
        {
            var gate = new GateChecker(services.Workspace, services.Loader).Check(new CheckGateRequest("oagw", step, Detail: true)).Value;
            gates.Append($"step {step}: {(gate.Passed ? "passes" : "fails")}\n");
            gates.Append(string.Concat(gate.Checks.Select(c => $"  {(c.Passed ? "ok  " : "FAIL")} {c.Name}: {c.Detail}\n")));
        }

        Snapshot.Match($"{Snapshots}/examples.{name}/check_docs.txt",
            $"step {docs.Step}; {docs.Stats}; {docs.Counts}\n" + string.Concat(docs.Findings.Select(f => $"{SpecDocsServices.Format(f)} {f.Message} | {f.Recommendation}\n")));
        Snapshot.Match($"{Snapshots}/examples.{name}/trace_matrix.md", $"{markdown}\n```mermaid\n{mermaid}```\n");
        Snapshot.Match($"{Snapshots}/examples.{name}/check_gate.txt", gates.ToString());
    }

    [Fact]
    public void NumberedTasks_CountForCoverageAndGateThree()
    {
        SpecFixture.Load("examples", "pipeline-examples-numbered-tasks").WriteTo(_ws);
        var services = new SpecDocsServices(_ws.Root);

        var docs = services.Checker.Check(new CheckDocsRequest("oagw")).Value;
        var gate = new GateChecker(services.Workspace, services.Loader).Check(new CheckGateRequest("oagw", 3, Detail: true)).Value;

        docs.Stats.Tasks.Should().Be(8);
        docs.Stats.TasksDone.Should().Be(6);
        docs.Findings.Where(f => f.RuleId == "MG117").Select(f => f.Recommendation).Should().StartWith(["Write the heading as 'TASK-OAGW-01: SDK Implementation' (TASK-OAGW-01 is the next free task ID)."]);
        gate.Checks.Single(c => c.Name == "phase_tasks_checked").Passed.Should().BeTrue();
        gate.Checks.Single(c => c.Name == "intent_vs_actual_present").Should().Match<GateCheck>(c => !c.Passed && c.Detail.Contains("empty", StringComparison.Ordinal));
    }

    public void Dispose() => _ws.Dispose();
}
