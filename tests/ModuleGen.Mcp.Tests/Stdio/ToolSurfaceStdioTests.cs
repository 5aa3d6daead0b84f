using System.Text.Json.Nodes;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Stdio;

/// <summary>The tool-surface modes of the executable under test (CI: the native build), started as clients start it:
/// `--read-only` lists and runs only what writes nothing, `--toolsets` (here through its environment variable) lists one
/// set, and a workspace's modulegen.yaml turns read-only on.</summary>
public sealed class ToolSurfaceStdioTests : IDisposable
{
    private const string Module = "orders";
    private const string LogFolder = ".modulegen/logs";
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task ReadOnly_EveryToolCalledWithItsUsualArguments_ChangesNoFile()
    {
        await ScaffoldTheModuleAsync();
        var before = _ws.TreeHash(LogFolder);
        await using var server = await StdioServer.StartAsync(_ws.Root, null, "--read-only");

        var listed = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).ToDictionary(t => t.Name);
        foreach (var (tool, arguments) in UsualCalls())
        {
            var result = await server.Client.CallToolAsync(tool, arguments, cancellationToken: StdioServer.Deadline());
            if (!listed.ContainsKey(tool))
            {
                result.IsError.Should().BeTrue($"{tool} writes, so a read-only server refuses it");
                result.StructuredContent!.Value.GetProperty("errors")[0].GetProperty("code").GetString().Should().Be("server.read_only", tool);
            }
            else
            {
                listed[tool].ProtocolTool.Annotations!.ReadOnlyHint.Should().BeTrue($"{tool} is listed on a read-only server");
            }
        }

        listed.Keys.Should().Contain(["build_context", "verify_files", "audit_workspace", "check_docs"]).And.NotContain(["scaffold", "update_module", "workspace_add"]);
        _ws.TreeHash(LogFolder).Should().Be(before, "a read-only server changes no file outside its log and lock folders");
    }

    [Fact]
    public async Task ReadOnly_WritingArgument_IsRefusedOverStdio()
    {
        await using var server = await StdioServer.StartAsync(_ws.Root, null, "--read-only");

        var result = await server.Client.CallToolAsync("audit_workspace", new Dictionary<string, object?> { ["format"] = "markdown", ["report_path"] = "audit.md" }, cancellationToken: StdioServer.Deadline());

        result.IsError.Should().BeTrue();
        result.StructuredContent!.Value.GetProperty("errors")[0].GetProperty("pointer").GetString().Should().Be("/report_path");
        _ws.Exists("audit.md").Should().BeFalse();
    }

    [Fact]
    public async Task ToolsetsFromTheEnvironment_ListOnlyThatSet_AndRefuseTheRest()
    {
        await using var server = await StdioServer.StartAsync(_ws.Root, new Dictionary<string, string?> { ["MODULEGEN_TOOLSETS"] = "minimal" });

        var names = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).Select(t => t.Name);
        var refused = await server.Client.CallToolAsync("workspace_list", cancellationToken: StdioServer.Deadline());

        names.Should().Equal("build_context", "describe_template", "scaffold", "verify_files");
        refused.StructuredContent!.Value.GetProperty("errors")[0].GetProperty("code").GetString().Should().Be("server.tool_disabled");
    }

    [Fact]
    public async Task WorkspaceConfigReadOnly_WinsOverAServerStartedForEverything()
    {
        _ws.Write("modulegen.yaml", "server:\n  read_only: true\n");
        await using var server = await StdioServer.StartAsync(_ws.Root, null, "--toolsets", "default");

        var names = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).Select(t => t.Name).ToList();
        var refused = await server.Client.CallToolAsync("scaffold", new Dictionary<string, object?> { ["template"] = "python-module", ["target_dir"] = "modules/x" }, cancellationToken: StdioServer.Deadline());

        names.Should().NotContain("scaffold").And.Contain("build_context");
        refused.IsError.Should().BeTrue();
        _ws.Exists("modules/x").Should().BeFalse();
    }

    public void Dispose() => _ws.Dispose();

    private async Task ScaffoldTheModuleAsync()
    {
        _ws.Write("workspace.yaml", "load_from:\n");
        _ws.Write("pyproject.toml", "[project]\nname = \"ro\"\ndependencies = [\"dagster>=1.8\"]\n");
        await using var writer = await StdioServer.StartAsync(_ws.Root);
        foreach (var (tool, arguments) in UsualCalls().Where(c => c.Tool is "store_plan" or "scaffold"))
        {
            var result = await writer.Client.CallToolAsync(tool, arguments, cancellationToken: StdioServer.Deadline());
            result.IsError.Should().NotBe(true, tool);
        }
    }

    /// <summary>Each tool once, with the arguments an agent following the skill passes (writing ones included).</summary>
    private static IEnumerable<(string Tool, Dictionary<string, object?> Arguments)> UsualCalls()
    {
        var plan = new JsonObject
        {
            ["module"] = Module,
            ["bricks"] = new JsonArray(new JsonObject
            {
                ["name"] = "loader",
                ["description"] = "Loads the orders.",
                ["contract_path"] = $"ai_working/{Module}/loader.contract.md",
                ["spec_path"] = $"ai_working/{Module}/loader.impl_spec.md",
                ["target_dir"] = $"modules/{Module}",
                ["type"] = "dagster_module",
            }),
        };
        return
        [
            ("build_context", new() { ["module"] = Module }),
            ("list_templates", new()),
            ("describe_template", new() { ["template"] = "dagster-module" }),
            ("render_plan_prompt", new() { ["module"] = Module, ["contract_text"] = "Contract.", ["spec_text"] = "Spec." }),
            ("validate_plan", new() { ["plan"] = plan }),
            ("store_plan", new() { ["plan"] = plan }),
            ("load_plan", new() { ["module"] = Module }),
            ("list_plans", new()),
            ("resolve_brick_specs", new() { ["module"] = Module }),
            ("next_steps", new() { ["module"] = Module }),
            ("scaffold", new() { ["template"] = "dagster-module", ["target_dir"] = $"modules/{Module}", ["variables"] = new JsonObject { ["module"] = Module } }),
            ("update_module", new() { ["target_dir"] = $"modules/{Module}", ["dry_run"] = true }),
            ("record_step", new() { ["module"] = Module, ["brick"] = "loader", ["step"] = "specs", ["status"] = "done" }),
            ("verify_files", new() { ["module"] = Module }),
            ("workspace_list", new()),
            ("workspace_validate", new()),
            ("workspace_add", new() { ["module"] = Module, ["dry_run"] = true }),
            ("workspace_remove", new() { ["module"] = Module, ["dry_run"] = true }),
            ("workspace_sync", new() { ["dry_run"] = true }),
            ("configure_deployment", new() { ["module"] = Module, ["name"] = "prod", ["strategy"] = "git", ["settings"] = JsonNode.Parse("""{"host": "example.org"}""") }),
            ("check_docs", new() { ["module"] = Module }),
            ("next_id", new() { ["module"] = Module, ["kind"] = "req" }),
            ("trace_matrix", new() { ["module"] = Module }),
            ("check_gate", new() { ["module"] = Module, ["step"] = 1 }),
            ("audit_workspace", new() { ["format"] = "json" }),
        ];
    }
}
