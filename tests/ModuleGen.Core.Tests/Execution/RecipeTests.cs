using System.Text.Json.Nodes;
using ModuleGen.Core.Common;
using ModuleGen.Core.Execution;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Execution;

public sealed class RecipeTests : IDisposable
{
    private const string LogFolder = "ai_working/module_generator_runs/orders";
    private readonly PlanServices _s = new();

    [Fact]
    public void NextSteps_OrdersBricksDependenciesFirstThenPlanOrder()
    {
        var plan = Plan(("api", ["store"]), ("store", []), ("cli", []), ("docs", ["api", "cli"]));
        _s.StoreValid(plan);

        var result = _s.Recipe.NextSteps(new NextStepsRequest("orders", null)).Value;

        result.Bricks.Select(b => b.Brick).Should().Equal("store", "api", "cli", "docs");
        result.Bricks[0].Steps.Select(s => (s.Step, s.Status)).Should().Equal(
            ("specs", "pending"), ("scaffold", "pending"), ("implement", "pending"), ("verify", "pending"));
        result.Next.Should().Be(new NextStep("store", "specs", "pending"));
        result.Summary.Should().Be(new RecipeSummary(4, 0, 16, 0, 0, 0));
    }

    [Fact]
    public void RecordStep_AppendsEventWithClockTimeAndRevisionRunId()
    {
        var revision = _s.StoreValid(SamplePlans.Chain(2));

        var recorded = _s.Recipe.RecordStep(new RecordStepRequest("orders", "b0", "specs", "done", "contract written")).Value;

        var runId = revision["sha256:".Length..];
        recorded.Entry.Should().Be(new RunLogEntry("2025-09-17T12:10:00.000Z", runId, "orders", "b0", "specs", "done", "contract written"));
        recorded.LogPath.Should().Be($"{LogFolder}/{runId}.jsonl");
        _s.Temp.Read(recorded.LogPath).Should().Be(
            $"{{\"time\":\"2025-09-17T12:10:00.000Z\",\"run_id\":\"{runId}\",\"module\":\"orders\",\"brick\":\"b0\",\"step\":\"specs\",\"status\":\"done\",\"note\":\"contract written\"}}\n");
        recorded.Next.Should().Be(new NextStep("b0", "scaffold", "pending"));
    }

    [Fact]
    public void NextSteps_AfterRestart_ContinuesFromTheLogAndLastRecordWins()
    {
        _s.StoreValid(SamplePlans.Chain(2));
        foreach (var step in new[] { "specs", "scaffold", "implement" })
        {
            _s.Recipe.RecordStep(new RecordStepRequest("orders", "b0", step, "done", null)).IsOk.Should().BeTrue();
        }

        _s.Recipe.RecordStep(new RecordStepRequest("orders", "b0", "verify", "failed", "2 tests fail")).IsOk.Should().BeTrue();
        var restarted = new Recipe(_s.Store, _s.Expander, new RunLog(_s.Workspace, new KeyedLocks()), _s.Clock);

        var result = restarted.NextSteps(new NextStepsRequest("orders", null)).Value;

        result.Bricks[0].Steps.Select(s => s.Status).Should().Equal("done", "done", "done", "failed");
        result.Next.Should().Be(new NextStep("b0", "verify", "failed"));
        restarted.RecordStep(new RecordStepRequest("orders", "b0", "verify", "done", null)).Value.Next
            .Should().Be(new NextStep("b1", "specs", "pending"));
    }

    [Fact]
    public void NextSteps_TornOrForeignLogLines_AreIgnoredWithWarnings()
    {
        var revision = _s.StoreValid(SamplePlans.Chain(1));
        var runId = revision["sha256:".Length..];
        _s.Recipe.RecordStep(new RecordStepRequest("orders", "b0", "specs", "done", null)).IsOk.Should().BeTrue();
        var log = $"{LogFolder}/{runId}.jsonl";
        File.AppendAllText(Path.Join(_s.Temp.Root, log),
            "{\"time\":\"x\",\"run_id\":\"" + runId + "\",\"module\":\"orders\",\"brick\":\"ghost\",\"step\":\"specs\",\"status\":\"done\"}\n{\"time\":\"2025-09-17T12:1");

        var result = _s.Recipe.NextSteps(new NextStepsRequest("orders", null)).Value;

        result.Bricks[0].Steps[0].Status.Should().Be("done");
        result.Warnings.Should().HaveCount(2);
        _s.Recipe.RecordStep(new RecordStepRequest("orders", "b0", "scaffold", "done", null)).IsOk.Should().BeTrue("a torn last line does not block appends");
        _s.Recipe.NextSteps(new NextStepsRequest("orders", null)).Value.Bricks[0].Steps[1].Status.Should().Be("done");
    }

    [Fact]
    public void NextSteps_NewPlanRevision_StartsAFreshRun()
    {
        var first = _s.StoreValid(SamplePlans.Chain(1));
        _s.Recipe.RecordStep(new RecordStepRequest("orders", "b0", "specs", "done", null)).IsOk.Should().BeTrue();

        _s.StoreValid(SamplePlans.Chain(2), first);
        var result = _s.Recipe.NextSteps(new NextStepsRequest("orders", null)).Value;

        result.RunId.Should().NotBe(first["sha256:".Length..]);
        result.Summary.Done.Should().Be(0);
        _s.Temp.Exists($"{LogFolder}/{first["sha256:".Length..]}.jsonl").Should().BeTrue("earlier runs stay for audit");
    }

    [Fact]
    public void RecordStep_BadArguments_ReportsEveryProblemAndWritesNothing()
    {
        _s.StoreValid(SamplePlans.Chain(1));
        var before = _s.Temp.TreeHash();

        var errors = _s.Recipe.RecordStep(new RecordStepRequest("orders", "ghost", "deploy", "finished", new string('n', 4001))).Errors;

        errors.Select(e => (e.Code, e.Pointer)).Should().Equal(
            (ErrorCodes.BrickUnknown, "/brick"), (ErrorCodes.RecipeStepUnknown, "/step"),
            (ErrorCodes.RecipeStatusUnknown, "/status"), (ErrorCodes.RecipeNoteTooLong, "/note"));
        _s.Temp.TreeHash().Should().Be(before);
    }

    [Theory]
    [InlineData("nothing", ErrorCodes.PlanNotFound, "/module")]
    [InlineData("", ErrorCodes.NameEmpty, "/module")]
    public void NextSteps_NoUsablePlan_IsRefused(string module, string code, string pointer)
    {
        _s.Recipe.NextSteps(new NextStepsRequest(module, null)).Errors.Should().ContainSingle(e => e.Code == code && e.Pointer == pointer);
    }

    [Fact]
    public void NextSteps_SubPlan_ExpandsIntoPrefixedBricksBeforeTheirParent()
    {
        var inner = SamplePlans.Chain(2, "store_parts");
        _s.StoreValid(inner);
        var outer = Plan(("config", []), ("store", ["config"]), ("api", ["store"]));
        outer.BrickAt(1)["plan"] = "ai_working/module_generator/plans/store_parts.json";
        _s.StoreValid(outer);

        var bricks = _s.Recipe.NextSteps(new NextStepsRequest("orders", null)).Value.Bricks;

        bricks.Select(b => b.Brick).Should().Equal("config", "store.b0", "store.b1", "store", "api");
        bricks[1].DependsOn.Should().Equal("config");
        bricks[2].DependsOn.Should().Equal("store.b0");
        bricks[3].DependsOn.Should().Equal("config", "store.b0", "store.b1");
        _s.Recipe.RecordStep(new RecordStepRequest("orders", "store.b1", "specs", "done", null)).IsOk.Should().BeTrue();
    }

    [Fact]
    public void NextSteps_SubPlanEditedIntoALoop_IsRefusedWithTheLoop()
    {
        _s.StoreValid(SamplePlans.Chain(1, "inner"));
        var outer = SamplePlans.Chain(1);
        outer.BrickAt(0)["plan"] = "ai_working/module_generator/plans/inner.json";
        _s.StoreValid(outer);
        var looping = SamplePlans.Chain(1, "inner");
        looping.BrickAt(0)["plan"] = "ai_working/module_generator/plans/orders.json";
        _s.Temp.Write("ai_working/module_generator/plans/inner.json", looping.ToJsonString());

        var errors = _s.Recipe.NextSteps(new NextStepsRequest("orders", null)).Errors;

        errors.Should().Contain(e => e.Code == ErrorCodes.PlanSubPlanCycle && e.Pointer == "/bricks/0/plan");
    }

    [Fact]
    public void NextSteps_Mermaid_ShowsProgress()
    {
        _s.StoreValid(SamplePlans.Chain(2));
        _s.Recipe.RecordStep(new RecordStepRequest("orders", "b0", "specs", "done", null)).IsOk.Should().BeTrue();
        _s.Recipe.RecordStep(new RecordStepRequest("orders", "b0", "scaffold", "failed", null)).IsOk.Should().BeTrue();

        var mermaid = _s.Recipe.NextSteps(new NextStepsRequest("orders", "mermaid")).Value.Mermaid;

        mermaid.Should().Be("graph TD\n  b0[\"b0<br/>python_module · 1/4 steps · failed: scaffold\"]\n  b1[\"b1<br/>python_module · 0/4 steps\"]\n  b0 --> b1\n");
    }

    private static JsonObject Plan(params (string Name, string[] DependsOn)[] bricks)
    {
        var array = new JsonArray();
        foreach (var (name, dependsOn) in bricks)
        {
            var brick = SamplePlans.Brick("orders", name);
            if (dependsOn.Length > 0)
            {
                brick["depends_on"] = new JsonArray(dependsOn.Select(d => (JsonNode)JsonValue.Create(d)!).ToArray());
            }

            array.Add(brick);
        }

        return new JsonObject { ["module"] = "orders", ["bricks"] = array };
    }

    public void Dispose() => _s.Dispose();
}
