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
        var contract = artifacts.GetProperty("contract").GetProperty("path").GetString()!;
        var spec = artifacts.GetProperty("spec").GetProperty("path").GetString()!;
        _ws.Write(contract, AgentWorkspaces.OrdersContract);
        _ws.Write(spec, AgentWorkspaces.OrdersSpec);

        await agent.Call("render_plan_prompt", new() { ["module"] = module, ["contract_path"] = contract, ["spec_path"] = spec });
        var variables = new JsonObject { ["module"] = module, ["schedule_cron"] = "0 2 * * *" };
        string[] addons = ["postgresql", "schedules", "workspace"];
        await agent.Call("store_plan", new() { ["plan"] = Plan(module, Brick("pipeline", contract, spec, target, variables, addons)) });
        await Record(agent, module, "pipeline", "specs");
        await agent.Call("next_steps", new() { ["module"] = module });

        await ScaffoldWithPreview(agent, target, "dagster-module", variables, addons);
        await Record(agent, module, "pipeline", "scaffold");

        ImplementOrders(target, module);
        await Record(agent, module, "pipeline", "implement");
        await VerifyUntilPassed(agent, module, target, module);
        await Record(agent, module, "pipeline", "verify");
        await AuditClean(agent, module);

        _ws.Read("dg.toml").Should().Contain($"path = \"{target}\"", "the module is registered in the dg workspace");
        agent.Report("(1) one-brick Dagster module, PostgreSQL, 02:00, dg workspace", output);
    }

    /// <summary>(2) A two-brick module (MySQL ingestion and a reconciliation job) in a workspace.yaml repository whose two
    /// gRPC code locations live in code_locations/.</summary>
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

        // The skill's "several bricks": each its own documents and its own folder under suggested_target_dir.
        string[] addons = ["mysql", "workspace"];
        var bricks = new[] { "invoices", "reconciliation" };
        var plan = Plan("billing", [.. bricks.Select(b => Brick(b, $"ai_working/billing/{b}.contract.md", $"ai_working/billing/{b}.impl_spec.md",
            $"{target}/{b}", new JsonObject { ["module"] = $"billing_{b}" }, addons))]);
        await agent.Call("store_plan", new() { ["plan"] = plan });
        await agent.Call("resolve_brick_specs", new() { ["module"] = "billing", ["create_missing"] = true });
        foreach (var brick in bricks)
        {
            _ws.Write($"ai_working/billing/{brick}.contract.md", AgentWorkspaces.BrickDocument("billing", brick, "contract", $"The {brick} part."));
            _ws.Write($"ai_working/billing/{brick}.impl_spec.md", AgentWorkspaces.BrickDocument("billing", brick, "implementation spec", $"How {brick} is built."));
            await Record(agent, "billing", brick, "specs");
        }

        await agent.Call("next_steps", new() { ["module"] = "billing" });
        foreach (var brick in bricks)
        {
            await ScaffoldWithPreview(agent, $"{target}/{brick}", "dagster-module", new JsonObject { ["module"] = $"billing_{brick}" }, addons);
            await Record(agent, "billing", brick, "scaffold");
        }

        foreach (var brick in bricks)
        {
            ImplementOrders($"{target}/{brick}", $"billing_{brick}");
            await Record(agent, "billing", brick, "implement");
        }

        await VerifyUntilPassed(agent, "billing", target, null);
        foreach (var brick in bricks)
        {
            await Record(agent, "billing", brick, "verify");
        }

        // The module the user asked for is "billing": audit it by that name, as the plan calls it.
        var (refused, _) = await agent.Try("audit_workspace", new() { ["module"] = "billing" });
        if (refused)
        {
            await AuditClean(agent, null);
        }

        agent.Report("(2) two-brick module, MySQL, workspace.yaml with gRPC locations in code_locations/", output);
    }

    private async Task ScaffoldWithPreview(AgentSession agent, string target, string template, JsonObject variables, string[] addons)
    {
        Dictionary<string, object?> Arguments() => new()
        {
            ["template"] = template, ["target_dir"] = target, ["variables"] = variables.DeepClone(), ["addons"] = addons, ["dry_run"] = true,
        };

        var preview = await agent.Call("scaffold", Arguments());
        var apply = Arguments();
        apply["dry_run"] = false;
        apply["change_set_id"] = preview.GetProperty("change_set_id").GetString();
        await agent.Call("scaffold", apply);
    }

    /// <summary>Replaces the pack's sample assets and their test with the module's own, as the skill's implement step says.</summary>
    private void ImplementOrders(string target, string package)
    {
        _ws.Write($"{target}/src/{package}/defs/assets.py", AgentWorkspaces.OrdersAssets(package));
        _ws.Write($"{target}/tests/test_{package}_assets.py", AgentWorkspaces.OrdersTest(package));
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
                check.GetProperty("code").GetString().Should().Be("verify.unrendered_token", $"the only failure an agent's code can meet here: {check}");
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
