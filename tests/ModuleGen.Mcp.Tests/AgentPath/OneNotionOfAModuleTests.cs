using System.Text.Json;
using System.Text.Json.Nodes;

namespace ModuleGen.Mcp.Tests.AgentPath;

/// <summary>A plan's module is a module wherever one is asked for: scaffold and update_module take {module, brick} and the
/// plan's inputs; audit_workspace, verify_files and update_module accept the plan's name and the brick folder's.</summary>
public sealed class OneNotionOfAModuleTests
{
    private const string Target = "pipelines/orders_pipeline";

    [Fact]
    public async Task Scaffold_ModuleAndBrick_TakesTemplateFolderVariablesAndAddonsFromThePlan_ArgumentsWin()
    {
        await using var session = await Planned(new JsonObject { ["variables"] = new JsonObject { ["schedule_cron"] = "0 2 * * *" }, ["addons"] = new JsonArray("postgresql", "schedules") });

        var fromPlan = await session.Ok("scaffold", new JsonObject { ["module"] = "orders", ["brick"] = "pipeline", ["dry_run"] = true });
        var overridden = await session.Ok("scaffold", new JsonObject { ["module"] = "orders", ["variables"] = new JsonObject { ["schedule_cron"] = "0 5 * * *" }, ["dry_run"] = true });

        fromPlan.GetProperty("template").GetString().Should().Be("dagster-module");
        fromPlan.GetProperty("target_dir").GetString().Should().Be(Target);
        fromPlan.GetProperty("addons").EnumerateArray().Select(a => a.GetString()).Should().Equal("postgresql", "schedules");
        Value(fromPlan, "schedule_cron").Should().Be("0 2 * * *");
        Value(fromPlan, "module").Should().Be("orders", "the pack's module variable defaults to the plan's module");
        Value(overridden, "schedule_cron").Should().Be("0 5 * * *", "an argument given wins, name by name");
    }

    public static TheoryData<string, string, string> BricksNotScaffolded => new()
    {
        { "notes", "argument.invalid", "/brick" },
        { "nope", "brick.unknown", "/brick" },
    };

    [Theory]
    [MemberData(nameof(BricksNotScaffolded))]
    public async Task Scaffold_BrickWithoutAPackOrUnknown_IsRefusedAtBrick(string brick, string code, string pointer)
    {
        await using var session = await Planned(null, withNotes: true);

        var errors = await session.Refused("scaffold", new JsonObject { ["module"] = "orders", ["brick"] = brick, ["dry_run"] = true });

        errors.Select(e => (e.GetProperty("code").GetString(), e.GetProperty("pointer").GetString())).Should().Equal((code, pointer));
    }

    [Fact]
    public async Task UpdateVerifyAudit_AcceptThePlansModuleAndTheBrickFoldersName()
    {
        await using var session = await Planned(null);
        await session.Ok("scaffold", new JsonObject { ["module"] = "orders" });

        (await session.Ok("update_module", new JsonObject { ["module"] = "orders", ["dry_run"] = true })).GetProperty("target_dir").GetString().Should().Be(Target);
        (await session.Ok("update_module", new JsonObject { ["module"] = "orders_pipeline", ["dry_run"] = true })).GetProperty("target_dir").GetString().Should().Be(Target);
        (await session.Ok("verify_files", new JsonObject { ["module"] = "orders" })).GetProperty("module").GetString().Should().Be("orders");
        (await session.Ok("verify_files", new JsonObject { ["module"] = "orders_pipeline" })).GetProperty("bricks")[0].GetProperty("brick").GetString().Should().Be("pipeline");
        var audit = await session.Ok("audit_workspace", new JsonObject { ["module"] = "orders" });
        audit.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule_id").GetString()).Should().Contain("MG016", "the pack's samples are still in place");
        (await session.Refused("audit_workspace", new JsonObject { ["module"] = "billing" }))[0].GetProperty("code").GetString().Should().Be("audit.unknown_module");
    }

    [Fact]
    public async Task Audit_OfTheWorkspace_ReportsThePlansSkeletonDocuments_WhereverThePlanPutsThem()
    {
        await using var session = await ToolSession.StartAsync();
        var plan = ToolSession.DagsterPlan("billing", "code_locations/billing");
        plan["bricks"]![0]!["contract_path"] = "ai_working/billing/pipeline.contract.md";
        plan["bricks"]![0]!["spec_path"] = "ai_working/billing/pipeline.impl_spec.md";
        await session.Ok("store_plan", new JsonObject { ["plan"] = plan });
        await session.Ok("resolve_brick_specs", new JsonObject { ["module"] = "billing", ["create_missing"] = true });

        var audit = await session.Ok("audit_workspace", new JsonObject());

        audit.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule_id").GetString() == "MG015").Select(f => f.GetProperty("file").GetString())
            .Should().BeEquivalentTo(["ai_working/billing/pipeline.contract.md", "ai_working/billing/pipeline.impl_spec.md"]);
    }

    [Fact]
    public async Task Verify_ChecksOnlyWhatThePackRendered_AndKnowsTheFilesItsLayoutExpects()
    {
        await using var session = await Planned(null);
        await session.Ok("scaffold", new JsonObject { ["module"] = "orders" });
        var package = $"{Target}/src/orders";

        var samples = await session.Ok("verify_files", new JsonObject { ["module"] = "orders" });
        Failed(samples).Should().BeEquivalentTo(["verify.stub_left", "verify.stub_left", "verify.stub_left"], "the sample assets, settings and tests are marked");

        // The agent replaces the samples, adds a defs/ module holding Dagster's run config as a dict literal.
        foreach (var file in new[] { $"{package}/defs/assets.py", $"{package}/defs/resources.py", $"{Target}/tests/test_orders_assets.py" })
        {
            session.Workspace.Write(file, string.Join('\n', session.Workspace.Read(file).Split('\n').Where(l => !l.Contains("TODO(modulegen)", StringComparison.Ordinal))));
        }

        session.Workspace.Write($"{package}/defs/backfill.py", "CONFIG = {\"ops\": {\"orders_records\": {\"config\": {\"since\": \"2024-01-01\"}}}}\n");
        var clean = await session.Ok("verify_files", new JsonObject { ["module"] = "orders" });
        clean.GetProperty("passed").GetBoolean().Should().BeTrue(clean.ToString());
        clean.GetRawText().Should().NotContain("verify.unplanned_file", "a new defs/ module is what the project's layout expects");
        // dg is not allowed here, so its check is listed as not run; no passing check is listed.
        clean.GetProperty("bricks")[0].GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("status").GetString()).Should().Equal(["not_run"], "passing checks are counted, not listed");
        clean.GetProperty("summary").GetProperty("passed").GetInt32().Should().BeGreaterThan(10);

        // Template syntax left in a file the pack rendered is still found.
        session.Workspace.Write($"{package}/definitions.py", session.Workspace.Read($"{package}/definitions.py") + "# {{ snake module }}\n");
        Failed(await session.Ok("verify_files", new JsonObject { ["module"] = "orders", ["detail"] = true })).Should().Equal("verify.unrendered_token");
    }

    [Fact]
    public async Task Scaffold_OnConflictMerge_AdoptsAHandMadeModule_KeepingBothSides()
    {
        await using var session = await Planned(null);
        var assets = $"{Target}/src/orders/defs/assets.py";
        session.Workspace.Write(assets, "import dagster as dg\n\nHAND_MADE = True\n");

        var refused = await session.Refused("scaffold", new JsonObject { ["module"] = "orders" });
        refused[0].GetProperty("hint").GetString().Should().Contain("merge");
        var merged = await session.Ok("scaffold", new JsonObject { ["module"] = "orders", ["on_conflict"] = "merge" });

        merged.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("path").GetString() == assets).GetProperty("kind").GetString().Should().Be("merge");
        var text = session.Workspace.Read(assets);
        text.Should().Contain("HAND_MADE = True").And.Contain("def orders_records", "lines only one side has are kept");
        session.Workspace.Exists($"{Target}/.modulegen-answers.yaml").Should().BeTrue("the adopted module is recorded, so later updates merge");
        (await session.Ok("update_module", new JsonObject { ["module"] = "orders", ["dry_run"] = true })).GetProperty("from_version").GetString()
            .Should().NotBeNullOrEmpty("update_module merges the adopted module from now on");
    }

    private static async Task<ToolSession> Planned(JsonObject? fields, bool withNotes = false)
    {
        var session = await ToolSession.StartAsync();
        session.WriteDocuments("orders");
        var plan = ToolSession.DagsterPlan("orders", Target, fields);
        if (withNotes)
        {
            plan["bricks"]!.AsArray().Add(new JsonObject
            {
                ["name"] = "notes", ["description"] = "Hand-written notes.", ["contract_path"] = "ai_working/orders/notes.contract.md",
                ["spec_path"] = "ai_working/orders/notes.impl_spec.md", ["target_dir"] = $"{Target}/notes", ["type"] = "module",
            });
        }

        await session.Ok("store_plan", new JsonObject { ["plan"] = plan });
        return session;
    }

    private static string? Value(JsonElement scaffold, string name) =>
        scaffold.GetProperty("variables").EnumerateArray().Single(v => v.GetProperty("name").GetString() == name).GetProperty("value").GetString();

    private static IReadOnlyList<string?> Failed(JsonElement verified) =>
        verified.GetProperty("bricks").EnumerateArray().SelectMany(b => b.GetProperty("checks").EnumerateArray())
            .Where(c => c.GetProperty("status").GetString() == "failed").Select(c => c.GetProperty("code").GetString()).ToArray();
}
