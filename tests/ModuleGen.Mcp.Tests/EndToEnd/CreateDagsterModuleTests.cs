using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.EndToEnd;

/// <summary>Plays the agent's part of the create-module skill (skill/create-module/SKILL.md) against the built executable
/// over stdio: a Dagster module with PostgreSQL, a schedule and workspace registration, in an empty workspace, from
/// contract and spec to a verified, audited module — counting every tool call against the skill's budget, and making
/// the agent's most common slip (a misspelt add-on) on the way, which it must recover from in one retry using only what
/// the refusal says. Every answer must also conform to the tool's listed output schema, as Claude Code checks.</summary>
public sealed class CreateDagsterModuleTests : IDisposable
{
    /// <summary>The most tool calls the skill's path may take for a one-brick Dagster module, the planted retry included.</summary>
    private const int CallBudget = 12;

    private const string Module = "customer_orders";
    private const string Brick = "pipeline";
    private static readonly string[] s_addons = ["postgresql", "schedules", "workspace"];

    private readonly TempWorkspace _ws = new();
    private Dictionary<string, JsonElement> _schemas = [];
    private readonly List<string> _calls = [];

    [Fact]
    public async Task Agent_CreatesADagsterModuleWithPostgresScheduleAndRegistration_InAtMostTwelveCalls()
    {
        await using var server = await StdioServer.StartAsync(_ws.Root);
        _schemas = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline()))
            .ToDictionary(t => t.Name, t => t.ProtocolTool.OutputSchema!.Value);

        // 1. Context: names, where the documents and the code belong.
        var context = await Call(server, "build_context", new() { ["module"] = "customer orders" });
        context.GetProperty("module").GetProperty("snake").GetString().Should().Be(Module);
        var artifacts = context.GetProperty("artifacts");
        artifacts.GetProperty("plan").GetProperty("exists").GetBoolean().Should().BeFalse("a new module: nothing to resume");
        var targetDir = artifacts.GetProperty("suggested_target_dir").GetString()!;
        var contractPath = artifacts.GetProperty("contract").GetProperty("path").GetString()!;
        var specPath = artifacts.GetProperty("spec").GetProperty("path").GetString()!;

        // 2. The module's contract and spec, written where build_context says they belong.
        _ws.Write(contractPath, "# customer_orders — contract\n\nLoads customer orders from PostgreSQL into Dagster assets every morning.\n");
        _ws.Write(specPath, "# customer_orders — spec\n\nOne Dagster code location; a daily schedule at 06:00 UTC; registered in the workspace.\n");

        // 3. The plan: one brick that uses the module's own documents, stored (store_plan validates as it stores).
        var prompt = await Call(server, "render_plan_prompt", new() { ["module"] = Module, ["contract_path"] = contractPath, ["spec_path"] = specPath });
        prompt.GetProperty("prompt").GetString().Should().Contain("every morning").And.Contain("dagster_module").And.Contain(targetDir);
        await Call(server, "store_plan", new() { ["plan"] = Plan(targetDir, contractPath, specPath) });
        await Record(server, "specs");

        // 4. Scaffold: the dry run with a misspelt add-on is refused with a fix; one retry with that fix; then apply.
        var before = _ws.TreeHash(".modulegen");
        var error = await CallRefused(server, "scaffold", ScaffoldArguments(targetDir, ["postgres", "schedules", "workspace"], dryRun: true));
        var fixedAddons = ApplyAddonFix(error, ["postgres", "schedules", "workspace"]);
        var dryRun = await Call(server, "scaffold", ScaffoldArguments(targetDir, fixedAddons, dryRun: true));
        _ws.TreeHash(".modulegen").Should().Be(before, "neither the refused call nor a dry run writes anything");
        var planned = dryRun.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("path").GetString()!).ToArray();
        planned.Should().Contain(p => p.EndsWith("schedules.py", StringComparison.Ordinal)).And.Contain(p => p.EndsWith("resources.py", StringComparison.Ordinal));
        var applied = await Call(server, "scaffold", ScaffoldArguments(targetDir, fixedAddons, dryRun: false));
        applied.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("path").GetString()).Should().Equal(planned);
        await Record(server, "scaffold");

        // 5. Implement: the agent adds what the spec asks for, inside the brick's folder.
        var assets = Directory.GetFiles(Path.Join(_ws.Root, targetDir), "assets.py", SearchOption.AllDirectories).Single();
        File.AppendAllText(assets,
            "\n\n@dg.asset(group_name=GROUP)\ndef customer_orders_daily_totals(customer_orders_records: list[dict[str, object]]) -> int:\n" +
            "    \"\"\"How many orders the morning run loaded.\"\"\"\n    return len(customer_orders_records)\n");
        await Record(server, "implement");

        // 6. Verify and audit: the module ends verified and clean.
        var verified = await Call(server, "verify_files", new() { ["module"] = Module });
        verified.GetProperty("passed").GetBoolean().Should().BeTrue(verified.ToString());
        await Record(server, "verify");
        var audit = await Call(server, "audit_workspace", new() { ["module"] = Module });
        audit.GetProperty("counts").GetProperty("error").GetInt32().Should().Be(0, audit.ToString());

        // What the user asked for, read from disk (not a tool call): registered, one set of documents, within budget.
        _calls.Count.Should().BeLessThanOrEqualTo(CallBudget, string.Join(", ", _calls));
        _calls.Count(c => c == "scaffold").Should().Be(3, "one refusal, one corrected dry run, one apply");
        _ws.Read("workspace.yaml").Should().Contain($"# >>> modulegen:{Module} >>>").And.Contain($"location_name: {Module}");
        Directory.GetFiles(Path.Join(_ws.Root, Path.GetDirectoryName(contractPath)!)).Select(Path.GetFileName)
            .Should().BeEquivalentTo([Path.GetFileName(contractPath), Path.GetFileName(specPath)], "a one-brick module has one contract and one spec");
    }

    /// <summary>Does what an agent does with an add-on refusal: reads the pointer (<c>/addons/N</c>) and takes, from the
    /// add-ons the hint lists, the one the wrong value begins.</summary>
    private static string[] ApplyAddonFix(JsonElement error, string[] addons)
    {
        error.GetProperty("code").GetString().Should().Be("scaffold.addon_unknown");
        var pointer = error.GetProperty("pointer").GetString()!;
        pointer.Should().StartWith("/addons/");
        var index = int.Parse(pointer["/addons/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var found = error.GetProperty("found").GetString()!;
        var offered = error.GetProperty("hint").GetString()!.Split([' ', ',', ':', '.'], StringSplitOptions.RemoveEmptyEntries);
        var fix = offered.Where(w => w.StartsWith(found, StringComparison.Ordinal) && w != found).Should().ContainSingle().Subject;
        var result = addons.ToArray();
        result[index] = fix;
        return result;
    }

    private static JsonObject Plan(string targetDir, string contractPath, string specPath) => new()
    {
        ["module"] = Module,
        ["bricks"] = new JsonArray(new JsonObject
        {
            ["name"] = Brick,
            ["description"] = "Dagster code location loading customer orders from PostgreSQL on a daily schedule.",
            ["contract_path"] = contractPath,
            ["spec_path"] = specPath,
            ["target_dir"] = targetDir,
            ["type"] = "dagster_module",
            ["template"] = "dagster-module",
            ["variables"] = new JsonObject { ["module"] = Module },
            ["addons"] = new JsonArray([.. s_addons.Select(a => (JsonNode)a)]),
        }),
    };

    private static Dictionary<string, object?> ScaffoldArguments(string targetDir, string[] addons, bool dryRun) => new()
    {
        ["template"] = "dagster-module",
        ["target_dir"] = targetDir,
        ["variables"] = new JsonObject { ["module"] = Module },
        ["addons"] = addons,
        ["dry_run"] = dryRun,
    };

    private async Task Record(StdioServer server, string step)
    {
        var recorded = await Call(server, "record_step", new() { ["module"] = Module, ["brick"] = Brick, ["step"] = step, ["status"] = "done" });
        recorded.GetProperty("entry").GetProperty("step").GetString().Should().Be(step);
    }

    private async Task<JsonElement> Call(StdioServer server, string tool, Dictionary<string, object?> arguments)
    {
        var (result, text) = await Invoke(server, tool, arguments);
        result.IsError.Should().NotBe(true, $"{tool} failed: {text}");
        var structured = result.StructuredContent!.Value;
        OutputSchemaCheck.Violations(_schemas[tool], structured).Should().BeEmpty($"{tool}'s answer must conform to its listed output schema");
        return structured;
    }

    /// <summary>Calls a tool that must refuse, and returns its one error.</summary>
    private async Task<JsonElement> CallRefused(StdioServer server, string tool, Dictionary<string, object?> arguments)
    {
        var (result, text) = await Invoke(server, tool, arguments);
        result.IsError.Should().BeTrue($"{tool} should refuse: {text}");
        return result.StructuredContent!.Value.GetProperty("errors").EnumerateArray().Should().ContainSingle().Subject;
    }

    private async Task<(CallToolResult Result, string Text)> Invoke(StdioServer server, string tool, Dictionary<string, object?> arguments)
    {
        _calls.Add(tool);
        var result = await server.Client.CallToolAsync(tool, arguments, cancellationToken: StdioServer.Deadline());
        return (result, string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text)));
    }

    public void Dispose() => _ws.Dispose();
}
