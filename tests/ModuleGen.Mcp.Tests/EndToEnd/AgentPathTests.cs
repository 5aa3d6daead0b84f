using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace ModuleGen.Mcp.Tests.EndToEnd;

/// <summary>Plays an agent following the create-module skill (skill/create-module/SKILL.md and its references) over
/// stdio, for five requests a user makes: each makes the calls the skill says, reacts to refusals and failed checks
/// only with what the answer says, ends with an audit without errors, and reports its tool calls and the bytes of tool
/// results a model saw (<see cref="AgentSession"/>).</summary>
public sealed partial class AgentPathTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempWorkspace _ws = new();

    /// <summary>The most tool calls and model-visible bytes request (1) may take (issue 23: 14 calls plus an 8-call detour
    /// and 74.7 KB when it was filed).</summary>
    private const int Request1Calls = 12;
    private const int Request1Bytes = 30_000;

    /// <summary>The most tool calls request (2) may take.</summary>
    private const int Request2Calls = 18;

    /// <summary>(1) "Orders from Postgres every night at 2am, registered": one Dagster brick in an existing dg workspace.</summary>
    [Fact]
    public async Task Request1_OneBrickDagsterModule_InAnExistingDgWorkspace()
    {
        AgentWorkspaces.CopyCorpus(_ws, "testing-dg-workspace");
        await using var agent = await AgentSession.StartAsync(_ws.Root);

        var context = await agent.Call("build_context", new() { ["module"] = "orders" });
        var module = context.GetProperty("module").GetProperty("snake").GetString()!;
        var artifacts = context.GetProperty("artifacts");
        var target = artifacts.GetProperty("suggested_target_dir").GetString()!;
        target.Should().Be("projects/orders", "the module goes beside the workspace's projects");
        var contract = artifacts.GetProperty("contract").GetProperty("path").GetString()!;
        var spec = artifacts.GetProperty("spec").GetProperty("path").GetString()!;
        _ws.Write(contract, AgentWorkspaces.OrdersContract);
        _ws.Write(spec, AgentWorkspaces.OrdersSpec);

        var prompt = await agent.Call("render_plan_prompt", new() { ["module"] = module, ["contract_path"] = contract, ["spec_path"] = spec });
        prompt.GetProperty("prompt").GetString().Should().Contain(contract).And.NotContain("every night at 02:00", "the prompt points at the agent's own documents");
        var variables = new JsonObject { ["module"] = module, ["schedule_cron"] = "0 2 * * *" };
        string[] addons = ["postgresql", "schedules", "workspace"];
        await agent.Call("store_plan", new() { ["plan"] = Plan(module, Brick("pipeline", contract, spec, target, variables, addons)) });
        await Record(agent, module, "pipeline", "specs");

        var preview = await ScaffoldFromPlan(agent, module, "pipeline");
        preview.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("source").GetString() is "answers" or "base")
            .Should().HaveCount(2).And.OnlyContain(c => c.GetProperty("bytes").GetInt32() > 0 && c.EnumerateObject().All(p => p.Name != "diff"), "ModuleGen's records are listed by size");
        await Record(agent, module, "pipeline", "scaffold");

        ImplementOrders(target, module);
        await Record(agent, module, "pipeline", "implement");
        await VerifyUntilPassed(agent, module, target, module);
        await Record(agent, module, "pipeline", "verify");
        await AuditClean(agent, module);

        _ws.Read("dg.toml").Should().Contain($"path = \"{target}\"", "the module is registered in the dg workspace");
        _ws.Read($"{target}/src/{module}/defs/schedules.py").Should().Contain("0 2 * * *");
        agent.Report("(1) one-brick Dagster module, PostgreSQL, 02:00, dg workspace", output);
        agent.Calls.Should().HaveCountLessThanOrEqualTo(Request1Calls);
        agent.Bytes.Should().BeLessThanOrEqualTo(Request1Bytes);
    }

    /// <summary>(2) A two-brick module (MySQL ingestion and a reconciliation job) in a workspace.yaml repository whose two
    /// gRPC code locations live in code_locations/: one code location whose second brick is a defs/ module.</summary>
    [Fact]
    public async Task Request2_TwoBrickModule_InAWorkspaceYamlRepository()
    {
        AgentWorkspaces.CodeLocations(_ws);
        await using var agent = await AgentSession.StartAsync(_ws.Root);

        var context = await agent.Call("build_context", new() { ["module"] = "billing" });
        var artifacts = context.GetProperty("artifacts");
        var target = artifacts.GetProperty("suggested_target_dir").GetString()!;
        var contract = artifacts.GetProperty("contract").GetProperty("path").GetString()!;
        var spec = artifacts.GetProperty("spec").GetProperty("path").GetString()!;
        _ws.Write(contract, AgentWorkspaces.BrickDocument("billing", "billing", "contract", "Invoices from MySQL and their reconciliation with payments."));
        _ws.Write(spec, AgentWorkspaces.BrickDocument("billing", "billing", "implementation spec", "An ingestion asset and a nightly reconciliation job."));
        await agent.Call("render_plan_prompt", new() { ["module"] = "billing", ["contract_path"] = contract, ["spec_path"] = spec });

        // The skill's "several parts of one Dagster module": one code location, the second part a module under defs/.
        var defs = $"{target}/src/billing/defs/reconciliation";
        var invoices = Brick("invoices", "ai_working/billing/invoices.contract.md", "ai_working/billing/invoices.impl_spec.md", target, new JsonObject(), ["mysql", "workspace"]);
        var reconciliation = new JsonObject
        {
            ["name"] = "reconciliation", ["description"] = "Nightly job reconciling invoices with payments.",
            ["contract_path"] = "ai_working/billing/reconciliation.contract.md", ["spec_path"] = "ai_working/billing/reconciliation.impl_spec.md",
            ["target_dir"] = defs, ["type"] = "module", ["depends_on"] = new JsonArray("invoices"), ["files"] = new JsonArray("__init__.py", "jobs.py"),
        };
        await agent.Call("store_plan", new() { ["plan"] = Plan("billing", invoices, reconciliation) });
        await agent.Call("resolve_brick_specs", new() { ["module"] = "billing", ["create_missing"] = true });
        var bricks = new[] { "invoices", "reconciliation" };
        foreach (var brick in bricks)
        {
            _ws.Write($"ai_working/billing/{brick}.contract.md", AgentWorkspaces.BrickDocument("billing", brick, "contract", $"The {brick} part."));
            _ws.Write($"ai_working/billing/{brick}.impl_spec.md", AgentWorkspaces.BrickDocument("billing", brick, "implementation spec", $"How {brick} is built."));
            await Record(agent, "billing", brick, "specs");
        }

        await ScaffoldFromPlan(agent, "billing", "invoices");
        await Record(agent, "billing", "invoices", "scaffold");
        _ws.Write($"{defs}/__init__.py", "\"\"\"Reconciliation of the invoices with the payments.\"\"\"\n");
        _ws.Write($"{defs}/jobs.py", AgentWorkspaces.ReconciliationJob("billing"));
        await Record(agent, "billing", "reconciliation", "scaffold");

        ImplementOrders(target, "billing");
        foreach (var brick in bricks)
        {
            await Record(agent, "billing", brick, "implement");
        }

        await VerifyUntilPassed(agent, "billing", target, "billing");
        foreach (var brick in bricks)
        {
            await Record(agent, "billing", brick, "verify");
        }

        await AuditClean(agent, "billing");
        _ws.Read("workspace.yaml").Should().Contain("location_name: billing").And.Contain("location_name: sales");
        agent.Report("(2) two-brick module, MySQL, workspace.yaml with gRPC locations in code_locations/", output);
        agent.Calls.Should().HaveCountLessThanOrEqualTo(Request2Calls);
    }

    /// <summary>Scaffolds a plan brick as the skill says: a dry run with the plan's inputs, then the apply of exactly
    /// that change set; returns the dry run.</summary>
    private static async Task<JsonElement> ScaffoldFromPlan(AgentSession agent, string module, string brick)
    {
        var preview = await agent.Call("scaffold", new() { ["module"] = module, ["brick"] = brick, ["dry_run"] = true });
        var applied = await agent.Call("scaffold", new() { ["module"] = module, ["brick"] = brick, ["change_set_id"] = preview.GetProperty("change_set_id").GetString() });
        applied.GetProperty("change_set_id").GetString().Should().Be(preview.GetProperty("change_set_id").GetString(), "what was previewed is what was written");
        return preview;
    }

    /// <summary>Replaces the pack's samples (marked TODO(modulegen)) with the module's own, as the skill's implement
    /// step says: the assets and their test, and the sample settings.</summary>
    private void ImplementOrders(string target, string package)
    {
        _ws.Write($"{target}/src/{package}/defs/assets.py", AgentWorkspaces.OrdersAssets(package));
        _ws.Write($"{target}/tests/test_{package}_assets.py", AgentWorkspaces.OrdersTest(package));
        var resources = $"{target}/src/{package}/defs/resources.py";
        _ws.Write(resources, AgentWorkspaces.WithoutSampleSettings(_ws.Read(resources)));
    }

    /// <summary>verify_files until it passes, fixing what each failed check names (at most two rounds).</summary>
    private async Task VerifyUntilPassed(AgentSession agent, string module, string target, string? package)
    {
        for (var round = 0; ; round++)
        {
            var verified = await agent.Call("verify_files", new() { ["module"] = module });
            if (verified.GetProperty("passed").GetBoolean())
            {
                return;
            }

            round.Should().BeLessThan(1, $"one round of fixes is enough: {verified}");
            var failed = verified.GetProperty("bricks").EnumerateArray().SelectMany(b => b.GetProperty("checks").EnumerateArray())
                .Where(c => c.GetProperty("status").GetString() == "failed").ToArray();
            foreach (var check in failed)
            {
                var path = check.GetProperty("path").GetString()!;
                check.GetProperty("code").GetString().Should().Be("verify.unrendered_token", $"the only failure an agent's code could meet here: {check}");
                var name = Path.GetFileName(path);
                var owner = package ?? name["test_".Length..^"_assets.py".Length];
                _ws.Write(path, AgentWorkspaces.OrdersTestWithoutBraces(owner));
            }
        }
    }

    private static async Task AuditClean(AgentSession agent, string? module)
    {
        var audit = await agent.Call("audit_workspace", module is null ? [] : new() { ["module"] = module });
        audit.GetProperty("counts").GetProperty("error").GetInt32().Should().Be(0, audit.ToString());
    }

    private static async Task Record(AgentSession agent, string module, string brick, string step) =>
        await agent.Call("record_step", new() { ["module"] = module, ["brick"] = brick, ["step"] = step, ["status"] = "done" });

    private static JsonObject Plan(string module, params JsonObject[] bricks) =>
        new() { ["module"] = module, ["bricks"] = new JsonArray([.. bricks]) };

    private static JsonObject Brick(string name, string contract, string spec, string target, JsonObject variables, string[] addons, string template = "dagster-module") => new()
    {
        ["name"] = name,
        ["description"] = $"The {name} brick.",
        ["contract_path"] = contract,
        ["spec_path"] = spec,
        ["target_dir"] = target,
        ["type"] = "dagster_module",
        ["template"] = template,
        ["variables"] = variables.DeepClone(),
        ["addons"] = new JsonArray([.. addons.Select(a => (JsonNode)a)]),
    };

    public void Dispose() => _ws.Dispose();
}
