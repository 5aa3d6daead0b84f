using ModuleGen.Core.SpecDocs.Gates;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.SpecDocs;

/// <summary>check_gate per step, passing and failing, with the failed conditions named.</summary>
public sealed class GateCheckerTests : IDisposable
{
    private const string Docs = "modules/oagw/docs";
    private readonly TempWorkspace _ws = new();

    [Theory]
    [InlineData("fresh-step1", 1)]
    [InlineData("fresh-step2", 1)]
    [InlineData("fresh-step2", 2)]
    [InlineData("clean", 2)]
    [InlineData("clean", 3)]
    [InlineData("clean", 4)]
    [InlineData("lenient", 3)]
    public void Check_FixtureThatMeetsTheStep_Passes(string fixture, int step)
    {
        SpecFixture.Load("valid", fixture).WriteTo(_ws);

        var gate = Check(new CheckGateRequest("oagw", step));

        gate.Reasons.Should().BeEmpty();
        gate.Passed.Should().BeTrue();
        gate.Checks.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("fresh-step1", 2, "intent_requirements_present,intent_scenarios_present,design_cross_referenced")]
    [InlineData("fresh-step2", 3, "tasks_present,phase_tasks_checked,actual_docs_present,intent_vs_actual_present,later_phase_stubs")]
    [InlineData("fresh-step2", 4, "changelog_present")]
    [InlineData("clean", 5, "phase_tasks_checked")]
    public void Check_FixtureShortOfTheStep_FailsNamingEachMissingCondition(string fixture, int step, string failed)
    {
        SpecFixture.Load("valid", fixture).WriteTo(_ws);

        var gate = Check(new CheckGateRequest("oagw", step, step == 5 ? 2 : null));

        gate.Passed.Should().BeFalse();
        gate.Checks.Where(c => !c.Passed).Select(c => c.Name).Should().Equal(failed.Split(','));
        gate.Reasons.Should().HaveCount(failed.Split(',').Length);
    }

    /// <summary>The tasks step of spec-kit and Kiro: every story (criterion) cited by a task, and a task list that yielded
    /// no task fails the condition instead of passing it for want of an uncovered one.</summary>
    [Theory]
    [InlineData("valid", "spec-kit-clean", "")]
    [InlineData("valid", "kiro-clean", "")]
    [InlineData("invalid", "mg119-spec-kit-story-uncovered", "stories_covered")]
    [InlineData("invalid", "mg124-spec-kit-tasks-not-understood", "stories_covered")]
    [InlineData("invalid", "mg124-kiro-tasks-not-understood", "criteria_covered")]
    public void Check_TasksStepOfSpecKitAndKiro_FailsUnlessTasksCiteEveryStoryOrCriterion(string set, string fixture, string failed)
    {
        var loaded = SpecFixture.Load(set, fixture);
        loaded.WriteTo(_ws);

        var gate = Check(new CheckGateRequest(loaded.Module, 3));

        gate.Checks.Where(c => !c.Passed).Select(c => c.Name).Should().Equal(failed.Split(',', StringSplitOptions.RemoveEmptyEntries));
        gate.Passed.Should().Be(failed.Length == 0);
    }

    [Fact]
    public void Check_Step1WithoutDocsFolder_FailsInsteadOfRefusing()
    {
        var gate = Check(new CheckGateRequest("oagw", 1));

        gate.Passed.Should().BeFalse();
        gate.Checks.Single().Name.Should().Be("docs_folder_present");
    }

    [Fact]
    public void Check_Step2WithDanglingDesignReference_Fails()
    {
        SpecFixture.Load("valid", "fresh-step2").WriteTo(_ws);
        _ws.Write($"{Docs}/INTENT_DESIGN.md", _ws.Read($"{Docs}/INTENT_DESIGN.md").Replace("see SCEN-OAGW-01", "see SCEN-OAGW-09"));

        var gate = Check(new CheckGateRequest("oagw", 2));

        gate.Checks.Where(c => !c.Passed).Select(c => c.Name).Should().Equal("step_documents_without_errors");
        gate.Reasons.Single().Should().Contain("modules/oagw/docs/INTENT_DESIGN.md:7 MG104: SCEN-OAGW-09 is cited but not defined");
    }

    [Fact]
    public void Check_Step3_UncheckedPhaseOneTaskOrMissingStub_Fails()
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);
        _ws.Write($"{Docs}/TASKS.md", _ws.Read($"{Docs}/TASKS.md").Replace("- [x] 2.2", "- [ ] 2.2"));
        _ws.Write("modules/oagw/src/oagw/gateway.py", "# SCEN-OAGW-01\n# PHASE-OAGW-2 later\n");

        var gate = Check(new CheckGateRequest("oagw", 3));

        gate.Checks.Where(c => !c.Passed).Select(c => c.Name).Should().Equal("phase_tasks_checked", "later_phase_stubs");
        gate.Reasons.Should().Equal("Phase 1 has unchecked task(s): TASK-OAGW-02.", "No stub in the module's code for: TODO(PHASE-OAGW-2).");
    }

    [Fact]
    public void Check_Step4_FailsWhileCheckDocsReportsErrorsInTheChangelog()
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);
        _ws.Write($"{Docs}/CHANGELOG.md", _ws.Read($"{Docs}/CHANGELOG.md").Replace("- SCEN-OAGW-02", "- SCEN-OAGW-09: later\n- SCEN-OAGW-03: timeouts\n- SCEN-OAGW-02"));

        var gate = Check(new CheckGateRequest("oagw", 4));

        gate.Checks.Where(c => !c.Passed).Select(c => c.Name).Should().Equal("step_documents_without_errors");
        gate.Reasons.Single().Should().StartWith("check_docs reports 2 error(s) in the documents of step 4: modules/oagw/docs/CHANGELOG.md:10 MG104: SCEN-OAGW-09 is cited")
            .And.Contain("modules/oagw/docs/CHANGELOG.md:11 MG111: The CHANGELOG cites SCEN-OAGW-03, but TASK-OAGW-03 is not done");
    }

    [Theory]
    [InlineData("")]
    [InlineData("# Intent vs actual\n\n### SCEN-OAGW-N: Title\n\n## REQ-N\n")]
    public void Check_Step3_EmptyOrPlaceholderOnlyDocument_IsNotPresent(string content)
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);
        _ws.Write($"{Docs}/INTENT_VS_ACTUAL.md", content);

        var gate = Check(new CheckGateRequest("oagw", 3));

        gate.Checks.Single(c => c.Name == "intent_vs_actual_present").Should().Be(
            new GateCheck("intent_vs_actual_present", false, "modules/oagw/docs/INTENT_VS_ACTUAL.md is empty or holds only headings and placeholders."));
    }

    [Fact]
    public void Check_Step2_CountsDistinctIds()
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);

        var gate = Check(new CheckGateRequest("oagw", 2));

        gate.Checks.Single(c => c.Name == "design_cross_referenced").Detail.Should().Be("The design cites 7 distinct module requirement or scenario ID(s).");
    }

    [Theory]
    [InlineData("coverage.xml", "<?xml version=\"1.0\"?>\n<coverage line-rate=\"0.5\" lines-covered=\"93\" lines-valid=\"100\"><packages/></coverage>\n", true, 93.0)]
    [InlineData("coverage.xml", "<coverage line-rate=\"0.895\"></coverage>", false, 89.5)]
    [InlineData("lcov.info", "TN:\nSF:a.py\nLF:10\nLH:9\nend_of_record\nSF:b.py\nLF:10\nLH:10\nend_of_record\n", true, 95.0)]
    [InlineData("lcov.info", "SF:a.py\nLF:10\nLH:8\nend_of_record\n", false, 80.0)]
    public void Check_Step4WithCoverage_ComparesLineCoverageToTheThreshold(string file, string report, bool passes, double percent)
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);
        _ws.Write(file, report);

        var gate = Check(new CheckGateRequest("oagw", 4, null, file));

        gate.Coverage!.Percent.Should().Be(percent);
        gate.Passed.Should().Be(passes);
        gate.Checks.Select(c => c.Name).Should().Equal("changelog_present", "line_coverage", "step_documents_without_errors");
    }

    [Fact]
    public void Check_Step5_PassesOnceThePhaseIsDone()
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);
        _ws.Write($"{Docs}/TASKS.md", _ws.Read($"{Docs}/TASKS.md").Replace("- [ ]", "- [x]"));
        _ws.Write("modulegen.yaml", "docs:\n  coverage_threshold: 75\n");
        _ws.Write("lcov.info", "LF:100\nLH:80\n");

        var gate = Check(new CheckGateRequest("oagw", 5, 2, "lcov.info"));

        gate.Reasons.Should().BeEmpty();
        gate.Checks.Select(c => c.Name).Should().Contain(["phase_tasks_checked", "later_phase_stubs", "changelog_present", "line_coverage"]);
    }

    [Theory]
    [InlineData(null, null, null, "argument.missing", "/step")]
    [InlineData(0, null, null, "docs.bad_step", "/step")]
    [InlineData(6, null, null, "docs.bad_step", "/step")]
    [InlineData(5, null, null, "argument.missing", "/phase")]
    [InlineData(5, 1, null, "docs.bad_phase", "/phase")]
    [InlineData(3, 2, null, "docs.bad_phase", "/phase")]
    [InlineData(2, null, "lcov.info", "argument.invalid", "/coverage_path")]
    [InlineData(4, null, "missing.xml", "docs.coverage_not_found", "/coverage_path")]
    [InlineData(4, null, "garbage.txt", "docs.coverage_unreadable", "/coverage_path")]
    [InlineData(4, null, "bomb.xml", "docs.coverage_unreadable", "/coverage_path")]
    [InlineData(4, null, "../outside.xml", "path.outside_workspace", "/coverage_path")]
    public void Check_BadArguments_AreRefused(int? step, int? phase, string? coverage, string code, string pointer)
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);
        _ws.Write("garbage.txt", "hello\n");
        _ws.Write("bomb.xml", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]><coverage lines-covered=\"1\" lines-valid=\"1\">&lol;</coverage>");

        var services = new SpecDocsServices(_ws.Root);
        var result = new GateChecker(services.Workspace, services.Loader).Check(new CheckGateRequest("oagw", step, phase, coverage));

        result.IsOk.Should().BeFalse();
        (result.Errors[0].Code, result.Errors[0].Pointer).Should().Be((code, pointer));
    }

    private CheckGateResult Check(CheckGateRequest request)
    {
        var services = new SpecDocsServices(_ws.Root);
        // Every condition listed (detail), as these tests inspect the ones that hold too; by default they are only counted.
        var result = new GateChecker(services.Workspace, services.Loader).Check(request with { Detail = true });
        result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        result.Value.ChecksPassed.Should().Be(result.Value.Checks.Count(c => c.Passed));
        return result.Value;
    }

    public void Dispose() => _ws.Dispose();
}
