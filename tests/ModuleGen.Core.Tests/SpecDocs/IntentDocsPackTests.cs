using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.SpecDocs.Gates;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.SpecDocs;

/// <summary>The intent-docs pack's skeletons as scaffolded: check_docs reports each part still to write, no gate passes
/// on the pack's own text, and step 1 carries no requirement, scenario or task IDs.</summary>
public sealed class IntentDocsPackTests : IDisposable
{
    private const string Docs = "modules/orders/docs";
    private readonly TempWorkspace _ws = new();

    public IntentDocsPackTests()
    {
        var scaffolded = _ws.Scaffolder().Scaffold(Requests.Scaffold("intent-docs", "modules/orders"));
        scaffolded.IsOk.Should().BeTrue(string.Join("; ", scaffolded.Errors.Select(e => e.Message)));
    }

    [Fact]
    public void CheckDocs_FreshSkeletons_ReportEveryPartStillToWrite_AndDefineNoIds()
    {
        var result = new SpecDocsServices(_ws.Root).Checker.Check(new CheckDocsRequest("orders")).Value;

        result.Stats.Requirements.Should().Be(0);
        result.Stats.Scenarios.Should().Be(0);
        result.Stats.Tasks.Should().Be(0);
        result.Findings.Should().OnlyContain(f => f.RuleId == "MG118" && f.Severity == Severity.Error);
        result.Findings.Select(f => f.File).Distinct().Should().BeEquivalentTo(
            $"{Docs}/INTENT_DESIGN.md", $"{Docs}/INTENT_REQUIREMENTS.md", $"{Docs}/INTENT_SCENARIOS.md", $"{Docs}/TASKS.md");
        File.ReadAllText(Path.Join(_ws.Root, Docs, "INTENT_DESIGN.md")).Should().NotMatchRegex(@"\b(REQ|SCEN|TASK)-", "step 1 says: no IDs yet");
    }

    [Theory]
    [InlineData(1, "intent_design_present")]
    [InlineData(2, "intent_requirements_present")]
    [InlineData(3, "tasks_present")]
    [InlineData(4, "changelog_present")]
    public void CheckGate_FreshSkeletons_FailEveryStep(int step, string failed)
    {
        var gate = Gate(step);

        gate.Passed.Should().BeFalse();
        gate.Checks.Should().Contain(c => c.Name == failed && !c.Passed);
    }

    [Fact]
    public void CheckGate_DesignWritten_PassesStep1()
    {
        _ws.Write($"{Docs}/INTENT_DESIGN.md", "# orders: intent design\n\n## Overview\nReads orders from the shop database every night.\n\n" +
            "### First Delivery (PHASE-ORDERS-1)\n- Nightly import of new orders\n");

        Gate(1).Passed.Should().BeTrue();
    }

    private CheckGateResult Gate(int step)
    {
        var services = new SpecDocsServices(_ws.Root);
        var result = new GateChecker(services.Workspace, services.Loader).Check(new CheckGateRequest("orders", step));
        result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    public void Dispose() => _ws.Dispose();
}
