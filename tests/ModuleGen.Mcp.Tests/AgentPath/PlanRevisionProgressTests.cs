using System.Text.Json;
using System.Text.Json.Nodes;

namespace ModuleGen.Mcp.Tests.AgentPath;

/// <summary>A revised plan keeps the recipe's progress of every brick whose name, type and target_dir did not change, and
/// store_plan names the steps it reset, with the reason.</summary>
public sealed class PlanRevisionProgressTests
{
    [Fact]
    public async Task StorePlan_AddingAFileAndABrick_KeepsEveryRecordedStep()
    {
        await using var session = await ToolSession.StartAsync();
        var revision = await StoreTwoBricks(session);
        var plan = TwoBricks();
        plan["bricks"]![0]!["files"] = new JsonArray("extra.py");
        plan["bricks"]!.AsArray().Add(Brick("c", "modules/orders/c"));

        var stored = await session.Ok("store_plan", new JsonObject { ["plan"] = plan, ["expected_revision"] = revision });

        stored.GetProperty("reset").GetArrayLength().Should().Be(0);
        var steps = await Steps(session);
        steps["a"].Should().Equal(("specs", "done"), ("scaffold", "done"), ("implement", "pending"), ("verify", "pending"));
        steps["b"].Should().Equal(("specs", "done"), ("scaffold", "failed"), ("implement", "pending"), ("verify", "pending"));
        steps["c"].Should().OnlyContain(s => s.Status == "pending");
    }

    [Fact]
    public async Task StorePlan_MovingABrick_ResetsItsStepsAndSaysWhy()
    {
        await using var session = await ToolSession.StartAsync();
        var revision = await StoreTwoBricks(session);
        var plan = TwoBricks();
        plan["bricks"]![1]!["target_dir"] = "modules/orders/b2";

        var stored = await session.Ok("store_plan", new JsonObject { ["plan"] = plan, ["expected_revision"] = revision });

        var reset = stored.GetProperty("reset").EnumerateArray().Should().ContainSingle().Subject;
        reset.GetProperty("brick").GetString().Should().Be("b");
        reset.GetProperty("steps").EnumerateArray().Select(s => s.GetString()).Should().Equal("specs", "scaffold");
        reset.GetProperty("reason").GetString().Should().Contain("target_dir").And.Contain("modules/orders/b2");
        var steps = await Steps(session);
        steps["a"][0].Should().Be(("specs", "done"));
        steps["b"].Should().OnlyContain(s => s.Status == "pending");
    }

    private static async Task<string> StoreTwoBricks(ToolSession session)
    {
        var stored = await session.Ok("store_plan", new JsonObject { ["plan"] = TwoBricks() });
        foreach (var (brick, step, status) in new[] { ("a", "specs", "done"), ("a", "scaffold", "done"), ("b", "specs", "done"), ("b", "scaffold", "failed") })
        {
            await session.Ok("record_step", new JsonObject { ["module"] = "orders", ["brick"] = brick, ["step"] = step, ["status"] = status, ["note"] = "n" });
        }

        return stored.GetProperty("revision").GetString()!;
    }

    private static async Task<Dictionary<string, (string Step, string Status)[]>> Steps(ToolSession session)
    {
        var next = await session.Ok("next_steps", new JsonObject { ["module"] = "orders" });
        return next.GetProperty("bricks").EnumerateArray().ToDictionary(b => b.GetProperty("brick").GetString()!,
            b => b.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("step").GetString()!, s.GetProperty("status").GetString()!)).ToArray());
    }

    private static JsonObject TwoBricks() => new() { ["module"] = "orders", ["bricks"] = new JsonArray(Brick("a", "modules/orders/a"), Brick("b", "modules/orders/b")) };

    private static JsonObject Brick(string name, string target) => new()
    {
        ["name"] = name, ["description"] = $"Brick {name}.", ["contract_path"] = $"ai_working/orders/{name}.contract.md",
        ["spec_path"] = $"ai_working/orders/{name}.impl_spec.md", ["target_dir"] = target, ["type"] = "module",
    };
}
