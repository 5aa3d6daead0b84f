using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.EndToEnd;

/// <summary>Plays the agent's part of the create-module skill (skill/create-module/SKILL.md) against the built executable
/// over stdio: a Dagster module with PostgreSQL, a schedule and workspace registration, in an empty workspace, from
/// contract and spec to a verified, audited module. Every answer must also conform to the tool's listed output schema,
/// as a TypeScript client (Claude Code) would check.</summary>
public sealed class CreateDagsterModuleTests : IDisposable
{
    private const string Module = "customer_orders";
    private const string Brick = "pipeline";
    private static readonly string[] s_addons = ["postgresql", "schedules", "workspace"];

    private readonly TempWorkspace _ws = new();
    private Dictionary<string, JsonElement> _schemas = [];

    [Fact]
    public async Task Agent_CreatesADagsterModuleWithPostgresSchedulesAndWorkspace_EndingVerifiedAndClean()
    {
        await using var server = await StdioServer.StartAsync(_ws.Root);
        _schemas = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline()))
            .ToDictionary(t => t.Name, t => t.ProtocolTool.OutputSchema!.Value);

        // 1. Context, and what the template offers (the agent asks the user about add-ons with this).
        var context = await Call(server, "build_context", new() { ["module"] = "customer orders" });
        context.GetProperty("module").GetProperty("snake").GetString().Should().Be(Module);
        context.GetProperty("artifacts").GetProperty("plan").GetProperty("exists").GetBoolean().Should().BeFalse();
        var targetDir = context.GetProperty("artifacts").GetProperty("suggested_target_dir").GetString()!;
        targetDir.Should().Be($"modules/{Module}");
        var template = await Call(server, "describe_template", new() { ["template"] = "dagster-module" });
        template.GetProperty("addons").EnumerateArray().Select(a => a.GetProperty("name").GetString()).Should().Contain(s_addons);

        // 2. The module's contract and spec, written where build_context says they belong.
        var contractPath = context.GetProperty("artifacts").GetProperty("contract").GetProperty("path").GetString()!;
        var specPath = context.GetProperty("artifacts").GetProperty("spec").GetProperty("path").GetString()!;
        _ws.Write(contractPath, "# customer_orders — contract\n\nLoads customer orders from PostgreSQL into Dagster assets every morning.\n");
        _ws.Write(specPath, "# customer_orders — spec\n\nOne Dagster code location; a daily schedule at 06:00 UTC; registered in workspace.yaml.\n");

        // 3. The plan: rendered prompt, the agent's answer, validated and stored.
        var prompt = await Call(server, "render_plan_prompt", new() { ["module"] = Module, ["contract_path"] = contractPath, ["spec_path"] = specPath });
        prompt.GetProperty("prompt").GetString().Should().Contain("every morning").And.Contain("dagster_module");
        var plan = Plan(targetDir);
        var validated = await Call(server, "validate_plan", new() { ["plan"] = plan });
        validated.GetProperty("build_order").EnumerateArray().Select(b => b.GetString()).Should().Equal(Brick);
        var stored = await Call(server, "store_plan", new() { ["plan"] = plan });
        stored.GetProperty("revision").GetString().Should().Be(validated.GetProperty("revision").GetString());

        // 4. Brick documents: skeletons created, then filled in by the agent.
        var specs = await Call(server, "resolve_brick_specs", new() { ["module"] = Module, ["create_missing"] = true });
        specs.GetProperty("created").GetInt32().Should().Be(2);
        _ws.Write($"ai_working/{Module}/{Brick}.contract.md", "# pipeline — contract\n\nAssets `customer_orders_records`, `customer_orders_daily_totals`; job and daily schedule.\n");
        _ws.Write($"ai_working/{Module}/{Brick}.impl_spec.md", "# pipeline — spec\n\nPostgreSQL from CUSTOMER_ORDERS_DB_* variables; schedule `0 6 * * *` UTC.\n");
        await Record(server, "specs");

        // 5. Scaffold: the dry run writes nothing, then the same call applies.
        var next = await Call(server, "next_steps", new() { ["module"] = Module });
        next.GetProperty("next").GetProperty("step").GetString().Should().Be("scaffold");
        var before = _ws.TreeHash(".modulegen");
        var dryRun = await Call(server, "scaffold", ScaffoldArguments(targetDir, dryRun: true));
        dryRun.GetProperty("counts").GetProperty("create").GetInt32().Should().Be(13);
        dryRun.GetProperty("counts").GetProperty("inject").GetInt32().Should().Be(1);
        _ws.TreeHash(".modulegen").Should().Be(before, "a dry run writes nothing");
        var applied = await Call(server, "scaffold", ScaffoldArguments(targetDir, dryRun: false));
        applied.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("path").GetString())
            .Should().Equal(dryRun.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("path").GetString()));
        await Record(server, "scaffold");

        // 6. Implement: the agent adds what the spec asks for, inside the brick's folder.
        File.AppendAllText(Path.Join(_ws.Root, targetDir, Module, "assets.py"),
            "\n\n@dg.asset(group_name=GROUP)\ndef customer_orders_daily_totals(customer_orders_records: list[dict[str, object]]) -> int:\n" +
            "    \"\"\"How many orders the morning run loaded.\"\"\"\n    return len(customer_orders_records)\n");
        await Record(server, "implement");

        // 7. Registration.
        await RegisterInWorkspaceAsync(server, targetDir);

        // 8. Verify and audit: the module ends verified and clean.
        var verified = await Call(server, "verify_files", new() { ["module"] = Module });
        verified.GetProperty("summary").GetProperty("failed").GetInt32().Should().Be(0, verified.ToString());
        await Record(server, "verify");
        var done = await Call(server, "next_steps", new() { ["module"] = Module });
        done.TryGetProperty("next", out _).Should().BeFalse("every step is done");
        done.GetProperty("summary").GetProperty("complete_bricks").GetInt32().Should().Be(1);

        var finalCheck = await Call(server, "verify_files", new() { ["module"] = Module });
        finalCheck.GetProperty("passed").GetBoolean().Should().BeTrue();
        finalCheck.GetProperty("summary").GetProperty("failed").GetInt32().Should().Be(0);
        var audit = await Call(server, "audit_workspace", new());
        audit.GetProperty("modules").EnumerateArray().Select(m => m.GetString()).Should().Contain(Module);
        audit.GetProperty("counts").GetProperty("error").GetInt32().Should().Be(0, audit.ToString());
    }

    /// <summary>Registers the module in the workspace registry: the scaffold's <c>workspace</c> add-on already wrote the
    /// block, so <c>workspace_add</c> must recognise it and change nothing, and <c>workspace_validate</c> must be clean.</summary>
    private async Task RegisterInWorkspaceAsync(StdioServer server, string targetDir)
    {
        var before = _ws.Read("workspace.yaml");
        before.Should().Contain($"# >>> modulegen:{Module} >>> sha256=").And.Contain($"location_name: {Module}");

        var added = await Call(server, "workspace_add", new() { ["module"] = Module });
        added.GetProperty("changed").GetBoolean().Should().BeFalse(added.ToString());
        _ws.Read("workspace.yaml").Should().Be(before);

        var validated = await Call(server, "workspace_validate", new());
        validated.GetProperty("valid").GetBoolean().Should().BeTrue(validated.ToString());
        var listed = await Call(server, "workspace_list", new());
        listed.GetProperty("entries").EnumerateArray().Should().Contain(e => e.ToString().Contains(Module));
        var context = await Call(server, "build_context", new() { ["module"] = Module });
        context.GetProperty("existing_modules").EnumerateArray().Select(m => m.GetProperty("path").GetString()).Should().Contain(targetDir);
    }

    private static JsonObject Plan(string targetDir) => new()
    {
        ["module"] = Module,
        ["created_at"] = "2025-09-17T12:10:00Z",
        ["bricks"] = new JsonArray(new JsonObject
        {
            ["name"] = Brick,
            ["description"] = "Dagster code location loading customer orders from PostgreSQL on a daily schedule.",
            ["contract_path"] = $"ai_working/{Module}/{Brick}.contract.md",
            ["spec_path"] = $"ai_working/{Module}/{Brick}.impl_spec.md",
            ["target_dir"] = targetDir,
            ["type"] = "dagster_module",
            ["template"] = "dagster-module",
            ["variables"] = new JsonObject { ["module"] = Module },
            ["addons"] = new JsonArray([.. s_addons.Select(a => (JsonNode)a)]),
        }),
    };

    private static Dictionary<string, object?> ScaffoldArguments(string targetDir, bool dryRun) => new()
    {
        ["template"] = "dagster-module",
        ["target_dir"] = targetDir,
        ["variables"] = new JsonObject { ["module"] = Module },
        ["addons"] = s_addons,
        ["dry_run"] = dryRun,
    };

    private async Task Record(StdioServer server, string step)
    {
        var recorded = await Call(server, "record_step", new() { ["module"] = Module, ["brick"] = Brick, ["step"] = step, ["status"] = "done", ["note"] = $"{step} done by the test agent" });
        recorded.GetProperty("entry").GetProperty("step").GetString().Should().Be(step);
    }

    private async Task<JsonElement> Call(StdioServer server, string tool, Dictionary<string, object?> arguments)
    {
        var result = await server.Client.CallToolAsync(tool, arguments, cancellationToken: StdioServer.Deadline());
        var text = string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text));
        result.IsError.Should().NotBe(true, $"{tool} failed: {text}");
        var structured = result.StructuredContent!.Value;
        OutputSchemaCheck.Violations(_schemas[tool], structured).Should().BeEmpty($"{tool}'s answer must conform to its listed output schema");
        return structured;
    }

    public void Dispose() => _ws.Dispose();
}
