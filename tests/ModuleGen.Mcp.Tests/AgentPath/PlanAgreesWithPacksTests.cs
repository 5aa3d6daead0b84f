using System.Text.Json.Nodes;

namespace ModuleGen.Mcp.Tests.AgentPath;

/// <summary>validate_plan and store_plan refuse what scaffolding the plan would refuse — pack, add-ons, variable names
/// and values — with the scaffold's own codes, at the brick's pointer, and write nothing.</summary>
public sealed class PlanAgreesWithPacksTests
{
    public static TheoryData<string, string, string> Mistakes => new()
    {
        // fields replacing the brick's, the code scaffold gives, where
        { """{"template": "dagster-modul"}""", "template.not_found", "/bricks/0/template" },
        { """{"variables": {"modul": "orders"}}""", "scaffold.variable_unknown", "/bricks/0/variables/modul" },
        { """{"addons": ["postgres"]}""", "scaffold.addon_unknown", "/bricks/0/addons/0" },
        { """{"addons": ["postgresql", "mysql"]}""", "scaffold.addon_conflict", "/bricks/0/addons/1" },
        { """{"variables": {"module": "orders", "python_version": "3.9"}}""", "scaffold.variable_choice", "/bricks/0/variables/python_version" },
        { """{"variables": {"module": "orders", "env_prefix": "lower"}}""", "scaffold.variable_pattern", "/bricks/0/variables/env_prefix" },
        { """{"variables": {"module": "orders", "grpc_port": "high"}}""", "scaffold.variable_type", "/bricks/0/variables/grpc_port" },
        { """{"type": "python_module", "template": null, "variables": {"module": "orders", "schedule_cron": "0 2 * * *"}, "addons": []}""", "scaffold.variable_unknown", "/bricks/0/variables/schedule_cron" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task ValidateAndStore_PlanScaffoldingWouldRefuse_RefusedWithTheScaffoldsCode(string fields, string code, string pointer)
    {
        await using var session = await ToolSession.StartAsync();
        var patch = JsonNode.Parse(fields)!.AsObject();
        var plan = ToolSession.DagsterPlan("orders", "modules/orders", patch);
        if (patch["template"] is null && patch.ContainsKey("template"))
        {
            plan["bricks"]![0]!.AsObject().Remove("template");
        }

        foreach (var tool in new[] { "validate_plan", "store_plan" })
        {
            var errors = await session.Refused(tool, new JsonObject { ["plan"] = plan.DeepClone() });
            errors.Select(e => (e.GetProperty("code").GetString(), e.GetProperty("pointer").GetString())).Should().ContainSingle().Which.Should().Be((code, pointer));
            errors[0].GetProperty("hint").GetString().Should().NotBeNullOrEmpty();
        }

        session.Workspace.Exists("ai_working/module_generator/plans").Should().BeFalse("a refused plan writes nothing");
    }

    [Fact]
    public async Task Store_PlanThatScaffolds_IsStored_AndAModuleBrickHasNoPackToCheck()
    {
        await using var session = await ToolSession.StartAsync();
        var plan = ToolSession.DagsterPlan("orders", "modules/orders", new JsonObject { ["variables"] = new JsonObject() });
        plan["bricks"]!.AsArray().Add(new JsonObject
        {
            ["name"] = "notes", ["description"] = "Hand-written notes.", ["contract_path"] = "ai_working/orders/notes.contract.md",
            ["spec_path"] = "ai_working/orders/notes.impl_spec.md", ["target_dir"] = "modules/orders/notes", ["type"] = "module",
        });

        var stored = await session.Ok("store_plan", new JsonObject { ["plan"] = plan });

        stored.GetProperty("brick_count").GetInt32().Should().Be(2, "a pack variable 'module' left out is the plan's module name");
    }

    [Fact]
    public async Task LoadPlan_WhoseWorkspacePackIsGone_StillLoads()
    {
        await using var session = await ToolSession.StartAsync();
        var pack = Path.Join(session.Workspace.Root, ".modulegen", "templates", "mine");
        session.Workspace.Write(".modulegen/templates/mine/template.yaml", "name: mine\nversion: 1.0.0\ndescription: A pack.\nfiles:\n  - source: a.txt\n    destination: a.txt\n");
        session.Workspace.Write(".modulegen/templates/mine/files/a.txt", "a\n");
        await session.Ok("store_plan", new JsonObject { ["plan"] = ToolSession.DagsterPlan("orders", "modules/orders", new JsonObject { ["template"] = "mine", ["variables"] = new JsonObject(), ["addons"] = new JsonArray() }) });
        Directory.Delete(pack, recursive: true);

        var loaded = await session.Ok("load_plan", new JsonObject { ["module"] = "orders" });

        loaded.GetProperty("plan").GetProperty("bricks")[0].GetProperty("template").GetString().Should().Be("mine", "the pack check belongs to planning, not to reading");
    }
}
