using System.Text;
using System.Text.Json.Nodes;
using ModuleGen.Core.Common;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Plans;

public sealed class PlanStoreTests : IDisposable
{
    private const string PlansFolder = "ai_working/module_generator/plans";
    private readonly PlanServices _s = new();

    [Fact]
    public void Store_SeedPlan_StoresTheSeedBytesUnchanged()
    {
        var result = _s.Store.Store(new StorePlanRequest(SamplePlans.Element(SamplePlans.SeedText), null));

        result.Errors.Should().BeEmpty();
        result.Value.Changed.Should().BeTrue();
        File.ReadAllBytes(Path.Join(_s.Temp.Root, PlansFolder, "idea_synthesizer.json"))
            .Should().Equal(File.ReadAllBytes(SamplePlans.SeedPath), "the seed is already in canonical form");
    }

    [Fact]
    public void StoreThenLoad_UnknownFields_SurviveInOriginalOrderAfterKnownOnes()
    {
        const string text = """
            {"x_first": {"b": 1.50, "a": [true, null]}, "bricks": [{"zeta": 1, "type": "module", "name": "core",
             "description": "d", "contract_path": "c.md", "spec_path": "s.md", "target_dir": "m/core",
             "variables": {"port": 4010, "name": "ünï"}, "alpha": "x"}], "module": "orders", "x_last": "end"}
            """;

        var stored = _s.Store.Store(new StorePlanRequest(SamplePlans.Element(text), null));
        var loaded = _s.Store.Load(new LoadPlanRequest("orders", null));

        stored.Errors.Should().BeEmpty();
        var canonical = PlanJson.Canonical(loaded.Value.Plan);
        canonical.Should().Equal(File.ReadAllBytes(Path.Join(_s.Temp.Root, PlansFolder, "orders.json")));
        var written = Encoding.UTF8.GetString(canonical);
        Order(written, "\"module\"", "\"bricks\"", "\"x_first\"", "\"x_last\"").Should().BeTrue(written);
        Order(written, "\"name\"", "\"type\"", "\"variables\"", "\"zeta\"", "\"alpha\"").Should().BeTrue(written);
        written.Should().Contain("1.50").And.Contain("ünï").And.NotContain("\r");
        PlanJson.Canonical(PlanReader.Read(SamplePlans.Element(written)).Plan).Should().Equal(canonical);
    }

    [Fact]
    public void Store_RevisionIsContentHashOfTheStoredBytes()
    {
        var revision = _s.StoreValid(SamplePlans.Chain(2));

        revision.Should().Be(PlanRevision.Of(File.ReadAllBytes(Path.Join(_s.Temp.Root, PlansFolder, "orders.json"))));
        _s.Store.Load(new LoadPlanRequest("orders", null)).Value.Revision.Should().Be(revision);
    }

    [Fact]
    public void Store_WithCurrentRevision_ReplacesAndKeepsThePreviousRevision()
    {
        var first = _s.StoreValid(SamplePlans.Chain(2));
        var oldBytes = File.ReadAllBytes(Path.Join(_s.Temp.Root, PlansFolder, "orders.json"));

        var result = _s.Store.Store(new StorePlanRequest(SamplePlans.Element(SamplePlans.Chain(3)), first));

        result.Errors.Should().BeEmpty();
        result.Value.PreviousRevision.Should().Be(first);
        result.Value.PreviousPath.Should().Be($"{PlansFolder}/orders.revisions/{PlanRevision.Hex(first)}.json");
        File.ReadAllBytes(Path.Join(_s.Temp.Root, result.Value.PreviousPath)).Should().Equal(oldBytes);
        _s.Store.Load(new LoadPlanRequest("orders", null)).Value.Plan.Bricks.Should().HaveCount(3);
    }

    [Theory]
    [InlineData(false, "sha256:0123456789abcdef", ErrorCodes.PlanRevisionConflict)]
    [InlineData(true, null, ErrorCodes.PlanRevisionConflict)]
    [InlineData(true, "sha256:0123456789abcdef", ErrorCodes.PlanRevisionConflict)]
    [InlineData(true, "latest", ErrorCodes.ArgumentInvalid)]
    public void Store_StaleOrMissingExpectation_IsRefusedAndWritesNothing(bool existing, string? expected, string code)
    {
        if (existing)
        {
            _s.StoreValid(SamplePlans.Chain(1));
        }

        var before = _s.Temp.TreeHash();

        var result = _s.Store.Store(new StorePlanRequest(SamplePlans.Element(SamplePlans.Chain(2)), expected));

        result.Errors.Should().ContainSingle().Which.Should().Match<ToolError>(e => e.Code == code && e.Pointer == "/expected_revision");
        _s.Temp.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Store_ConflictMessage_NamesBothRevisions()
    {
        var current = _s.StoreValid(SamplePlans.Chain(1));

        var error = _s.Store.Store(new StorePlanRequest(SamplePlans.Element(SamplePlans.Chain(2)), "sha256:0123456789abcdef")).Errors.Single();

        error.Message.Should().Contain(current).And.Contain("sha256:0123456789abcdef");
    }

    [Fact]
    public void Store_SameContentAgain_SucceedsWithoutWriting()
    {
        var revision = _s.StoreValid(SamplePlans.Chain(2));
        var before = _s.Temp.TreeHash();

        var again = _s.Store.Store(new StorePlanRequest(SamplePlans.Element(SamplePlans.Chain(2)), null));

        again.Value.Changed.Should().BeFalse();
        again.Value.Revision.Should().Be(revision);
        _s.Temp.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Store_TwentyParallelWritersWithOneExpectedRevision_ExactlyOneWins()
    {
        var start = _s.StoreValid(SamplePlans.Chain(1));
        var plans = Enumerable.Range(0, 20).Select(i =>
        {
            var plan = SamplePlans.Chain(2);
            plan.BrickAt(1)["description"] = $"writer {i}";
            return SamplePlans.Element(plan);
        }).ToArray();
        var results = new Result<StorePlanResult>[plans.Length];
        using var gate = new Barrier(plans.Length);
        var threads = plans.Select((plan, i) => new Thread(() =>
        {
            gate.SignalAndWait(TimeSpan.FromSeconds(30));
            results[i] = _s.Store.Store(new StorePlanRequest(plan, start));
        })).ToArray();

        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join(TimeSpan.FromSeconds(60)).Should().BeTrue();
        }

        results.Count(r => r.IsOk).Should().Be(1);
        results.Where(r => !r.IsOk).Should().HaveCount(19).And.OnlyContain(r => r.Errors.Single().Code == ErrorCodes.PlanRevisionConflict);
        var winner = results.Single(r => r.IsOk).Value;
        var loaded = _s.Store.Load(new LoadPlanRequest("orders", null));
        loaded.Value.Revision.Should().Be(winner.Revision);
        Directory.GetFiles(Path.Join(_s.Temp.Root, PlansFolder)).Should().ContainSingle("no temp file is left behind");
    }

    [Fact]
    public void Load_Mermaid_DrawsBricksAndDependencies()
    {
        _s.StoreValid(SamplePlans.Chain(2));

        var mermaid = _s.Store.Load(new LoadPlanRequest("orders", "mermaid")).Value.Mermaid;

        mermaid.Should().Be("graph TD\n  b0[\"b0<br/>python_module\"]\n  b1[\"b1<br/>python_module\"]\n  b0 --> b1\n");
    }

    [Theory]
    [InlineData("nothing_here", null, ErrorCodes.PlanNotFound, "/module")]
    [InlineData("../etc", null, ErrorCodes.NamePathSeparator, "/module")]
    [InlineData("orders", "yaml", ErrorCodes.ArgumentInvalid, "/format")]
    public void Load_BadRequest_IsRefused(string module, string? format, string code, string pointer)
    {
        _s.StoreValid(SamplePlans.Chain(1));

        _s.Store.Load(new LoadPlanRequest(module, format)).Errors.Should().ContainSingle(e => e.Code == code && e.Pointer == pointer);
    }

    [Fact]
    public void Load_HandEditedInvalidFile_ReportsStoredInvalidWithTheProblems()
    {
        var plan = SamplePlans.Chain(1);
        plan.BrickAt(0)["type"] = "bogus";
        _s.Temp.Write($"{PlansFolder}/orders.json", plan.ToJsonString());

        var errors = _s.Store.Load(new LoadPlanRequest("orders", null)).Errors;

        errors.Select(e => e.Code).Should().Equal(ErrorCodes.PlanStoredInvalid, ErrorCodes.PlanTypeUnknown);
        errors[0].Found.Should().Be($"{PlansFolder}/orders.json");
        errors[1].Pointer.Should().Be("/bricks/0/type");
    }

    [Fact]
    public void Store_OverAHandBrokenPlan_WorksWithTheRevisionListPlansReports()
    {
        _s.Temp.Write($"{PlansFolder}/orders.json", "{\"module\": \"orders\", \"bricks\": []}");
        var listed = _s.Store.List().Value.Plans.Single();

        var result = _s.Store.Store(new StorePlanRequest(SamplePlans.Element(SamplePlans.Chain(1)), listed.Revision));

        listed.Valid.Should().BeFalse();
        result.Errors.Should().BeEmpty();
        result.Value.PreviousRevision.Should().Be(listed.Revision);
        _s.Store.Load(new LoadPlanRequest("orders", null)).Value.Plan.Bricks.Should().ContainSingle();
    }

    [Fact]
    public void List_OrdersByModuleAndFlagsInvalidFiles()
    {
        _s.StoreValid(SamplePlans.Chain(2, "zeta"));
        _s.StoreValid(SamplePlans.Chain(1, "alpha"));
        _s.Temp.Write($"{PlansFolder}/broken.json", "{not json");

        var plans = _s.Store.List().Value.Plans;

        plans.Select(p => (p.Module, p.BrickCount, p.Valid)).Should().Equal(("alpha", 1, true), ("broken", 0, false), ("zeta", 2, true));
        plans[0].Path.Should().Be($"{PlansFolder}/alpha.json");
        plans[0].Revision.Should().MatchRegex("^sha256:[0-9a-f]{16}$");
    }

    [Fact]
    public void List_NoPlansFolder_IsEmpty()
    {
        _s.Store.List().Value.Plans.Should().BeEmpty();
    }

    private static bool Order(string text, params string[] keys)
    {
        var positions = keys.Select(k => text.IndexOf(k, StringComparison.Ordinal)).ToArray();
        return positions.All(p => p >= 0) && positions.Zip(positions.Skip(1)).All(pair => pair.First < pair.Second);
    }

    public void Dispose() => _s.Dispose();
}
