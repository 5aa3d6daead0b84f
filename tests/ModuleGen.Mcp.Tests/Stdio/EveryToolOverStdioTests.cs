using System.Text.Json;
using System.Text.Json.Nodes;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Stdio;

/// <summary>Calls every tool the server lists once over stdio, in an order that lets most of them succeed: the one test
/// that proves each tool's arguments bind and its result (or failure envelope) serializes in the executable under test —
/// CI runs it against the native build as well as the JIT build (StdioServer.ServerVariable).</summary>
public sealed class EveryToolOverStdioTests : IDisposable
{
    private const string Module = "orders";

    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task EveryListedTool_AnswersWithAStructuredResult()
    {
        _ws.Write("workspace.yaml", "load_from:\n");
        _ws.Write("pyproject.toml", "[project]\nname = \"every\"\ndependencies = [\"dagster>=1.8\"]\n");
        var plan = new JsonObject
        {
            ["module"] = Module,
            ["created_at"] = "2025-09-17T12:10:00Z",
            ["bricks"] = new JsonArray(new JsonObject
            {
                ["name"] = "loader",
                ["description"] = "Loads the orders.",
                ["contract_path"] = $"ai_working/{Module}/loader.contract.md",
                ["spec_path"] = $"ai_working/{Module}/loader.impl_spec.md",
                ["target_dir"] = $"modules/{Module}",
                ["type"] = "python_module",
            }),
        };

        // In call order; true where the call must succeed here, false where a precise tool error is the right answer.
        (string Tool, Dictionary<string, object?> Arguments, bool MustSucceed)[] calls =
        [
            ("build_context", new() { ["module"] = Module }, true),
            ("list_templates", new(), true),
            ("describe_template", new() { ["template"] = "dagster-module" }, true),
            ("render_plan_prompt", new() { ["module"] = Module, ["contract_text"] = "Contract.", ["spec_text"] = "Spec." }, true),
            ("validate_plan", new() { ["plan"] = plan }, true),
            ("store_plan", new() { ["plan"] = plan }, true),
            ("load_plan", new() { ["module"] = Module, ["format"] = "mermaid" }, true),
            ("list_plans", new(), true),
            ("resolve_brick_specs", new() { ["module"] = Module, ["create_missing"] = true }, true),
            ("next_steps", new() { ["module"] = Module }, true),
            ("scaffold", new() { ["template"] = "dagster-module", ["target_dir"] = $"modules/{Module}", ["variables"] = new JsonObject { ["module"] = Module }, ["addons"] = new[] { "workspace" } }, true),
            ("update_module", new() { ["target_dir"] = $"modules/{Module}", ["dry_run"] = true }, true),
            ("record_step", new() { ["module"] = Module, ["brick"] = "loader", ["step"] = "specs", ["status"] = "done" }, true),
            ("verify_files", new() { ["module"] = Module }, true),
            ("workspace_list", new(), true),
            ("workspace_validate", new(), true),
            ("workspace_remove", new() { ["module"] = Module }, true),
            ("workspace_add", new() { ["module"] = Module }, true),
            ("workspace_sync", new() { ["dry_run"] = true }, true),
            ("configure_deployment", new() { ["module"] = Module, ["name"] = "prod", ["strategy"] = "no-such-strategy" }, false),
            ("check_docs", new() { ["module"] = Module }, false),
            ("next_id", new() { ["module"] = Module, ["kind"] = "req" }, false),
            ("trace_matrix", new() { ["module"] = Module }, false),
            ("check_gate", new() { ["module"] = Module, ["step"] = 1 }, false),
            ("audit_workspace", new(), true),
        ];

        await using var server = await StdioServer.StartAsync(_ws.Root);
        var listed = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).Select(t => t.Name).ToArray();
        calls.Select(c => c.Tool).Should().BeEquivalentTo(listed, "every listed tool is called once here");

        foreach (var (tool, arguments, mustSucceed) in calls)
        {
            var result = await server.Client.CallToolAsync(tool, arguments, cancellationToken: StdioServer.Deadline());
            var text = string.Join("\n", result.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Select(b => b.Text));
            result.StructuredContent.Should().NotBeNull($"{tool} answers with structured content: {text}");
            result.StructuredContent!.Value.ValueKind.Should().Be(JsonValueKind.Object);
            if (mustSucceed)
            {
                result.IsError.Should().NotBe(true, $"{tool} succeeds here: {text}");
            }
            else if (result.IsError is true)
            {
                result.StructuredContent.Value.GetProperty("errors").GetArrayLength().Should().BeGreaterThan(0, tool);
            }
        }
    }

    public void Dispose() => _ws.Dispose();
}
