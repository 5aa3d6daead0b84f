using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Plans;

/// <summary>Drives the whole planning chain through the real executable over stdio, as an agent would:
/// build_context → render_plan_prompt → store_plan → resolve_brick_specs → next_steps → record_step → verify_files,
/// then restarts the server and checks the recipe resumes from the run log.</summary>
public sealed class PlanFlowStdioTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task WholeChain_OverStdio_PlansRecordsVerifiesAndResumesAfterRestart()
    {
        _ws.Write("docs/orders.contract.md", "# Orders contract\n\nOrders can be placed and listed.\n");
        _ws.Write("docs/orders.impl_spec.md", "# Orders spec\n\nStore orders in SQLite.\n");
        await using (var server = await StdioServer.StartAsync(_ws.Root))
        {
            var context = await Call(server, "build_context", new() { ["module"] = "orders" });
            context.GetProperty("artifacts").GetProperty("plan").GetProperty("exists").GetBoolean().Should().BeFalse();

            var prompt = await Call(server, "render_plan_prompt", new()
            {
                ["module"] = "orders", ["contract_path"] = "docs/orders.contract.md", ["spec_path"] = "docs/orders.impl_spec.md",
            });
            prompt.GetProperty("prompt").GetString().Should().Contain("At `docs/orders.contract.md` (3 lines)").And.Contain("\"maxItems\":1000")
                .And.NotContain("Orders can be placed and listed.", "the agent wrote the contract: the prompt names it rather than repeating it");

            var stored = await Call(server, "store_plan", new() { ["plan"] = Plan() });
            stored.GetProperty("changed").GetBoolean().Should().BeTrue();
            var revision = stored.GetProperty("revision").GetString()!;

            var specs = await Call(server, "resolve_brick_specs", new() { ["module"] = "orders", ["create_missing"] = true });
            specs.GetProperty("created").GetInt32().Should().Be(4);
            _ws.Read("ai_working/orders/api.contract.md").Should().Contain("# api — contract");

            var steps = await Call(server, "next_steps", new() { ["module"] = "orders" });
            steps.GetProperty("bricks").EnumerateArray().Select(b => b.GetProperty("brick").GetString()).Should().Equal("models", "api");
            steps.GetProperty("run_id").GetString().Should().Be(revision["sha256:".Length..]);

            foreach (var doc in new[] { "ai_working/orders/models.contract.md", "ai_working/orders/models.impl_spec.md" })
            {
                // The agent replaces every placeholder line the skeleton marks with TODO(modulegen).
                _ws.Write(doc, string.Join('\n', _ws.Read(doc).Split('\n').Select(l => l.Contains("TODO(modulegen)", StringComparison.Ordinal) ? "Orders have an id and lines." : l)));
            }

            var recorded = await Call(server, "record_step", new() { ["module"] = "orders", ["brick"] = "models", ["step"] = "specs", ["status"] = "done", ["note"] = "filled in" });
            recorded.GetProperty("next").GetProperty("step").GetString().Should().Be("scaffold");

            _ws.Write("modules/orders/models/__init__.py", "\"\"\"Order models.\"\"\"\n");
            _ws.Write("modules/orders/models/models.py", "class Order:\n    pass\n");
            var verified = await Call(server, "verify_files", new() { ["module"] = "orders" });
            verified.GetProperty("passed").GetBoolean().Should().BeFalse();
            var bricks = verified.GetProperty("bricks");
            bricks[0].GetProperty("passed").GetBoolean().Should().BeTrue();
            bricks[1].GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("code").GetString()).Should().Contain("verify.target_dir_missing");
            bricks[1].GetProperty("checks").EnumerateArray().Where(c => c.TryGetProperty("code", out var code) && code.GetString() == "verify.document_unfilled")
                .Should().HaveCount(2, "the api brick's skeletons are still unfilled");
        }

        await using (var restarted = await StdioServer.StartAsync(_ws.Root))
        {
            var steps = await Call(restarted, "next_steps", new() { ["module"] = "orders" });
            steps.GetProperty("bricks")[0].GetProperty("steps")[0].GetProperty("status").GetString().Should().Be("done");
            steps.GetProperty("next").GetProperty("step").GetString().Should().Be("scaffold");

            var conflict = await restarted.Client.CallToolAsync("store_plan", new Dictionary<string, object?> { ["plan"] = Plan("changed") }, cancellationToken: StdioServer.Deadline());
            conflict.IsError.Should().BeTrue();
            conflict.StructuredContent!.Value.GetProperty("errors")[0].GetProperty("code").GetString().Should().Be("plan.revision_conflict");
        }
    }

    [Fact]
    public async Task PlanModulePrompt_ReturnsTheSameTextAsRenderPlanPrompt()
    {
        _ws.Write("docs/c.md", "Contract text.\n");
        _ws.Write("docs/s.md", "Spec text.\n");
        await using var server = await StdioServer.StartAsync(_ws.Root);

        var tool = await Call(server, "render_plan_prompt", new() { ["module"] = "orders", ["contract_path"] = "docs/c.md", ["spec_path"] = "docs/s.md" });
        var prompt = await server.Client.GetPromptAsync("plan_module",
            new Dictionary<string, object?> { ["module"] = "orders", ["contract_path"] = "docs/c.md", ["spec_path"] = "docs/s.md" },
            cancellationToken: StdioServer.Deadline());
        var flow = await server.Client.GetPromptAsync("create_module", new Dictionary<string, object?> { ["request"] = "track orders" }, cancellationToken: StdioServer.Deadline());

        Text(prompt).Should().Be(tool.GetProperty("prompt").GetString()!.Replace("At `docs/c.md` (1 line): the document you wrote, not repeated here.", "```markdown\nContract text.\n```", StringComparison.Ordinal)
            .Replace("At `docs/s.md` (1 line): the document you wrote, not repeated here.", "```markdown\nSpec text.\n```", StringComparison.Ordinal), "the prompt embeds (fenced) the documents the tool names");
        Text(flow).Should().Contain("> track orders").And.Contain("`store_plan`").And.Contain("`verify_files`");
    }

    [Fact]
    public async Task StorePlan_PlanSentAsAString_IsAccepted()
    {
        await using var server = await StdioServer.StartAsync(_ws.Root);

        var stored = await Call(server, "store_plan", new() { ["plan"] = Plan().ToJsonString() });

        stored.GetProperty("path").GetString().Should().Be("ai_working/module_generator/plans/orders.json");
        _ws.Exists("ai_working/module_generator/plans/orders.json").Should().BeTrue();
    }

    private static JsonObject Plan(string description = "Order and line-item models.") => new()
    {
        ["module"] = "orders",
        ["created_at"] = "2025-09-17T12:10:00Z",
        ["bricks"] = new JsonArray(
            Brick("models", description, new JsonArray("__init__.py", "models.py")),
            Brick("api", "HTTP API over the models.", null, new JsonArray("models"))),
    };

    private static JsonObject Brick(string name, string description, JsonArray? files, JsonArray? dependsOn = null)
    {
        var brick = new JsonObject
        {
            ["name"] = name,
            ["description"] = description,
            ["contract_path"] = $"ai_working/orders/{name}.contract.md",
            ["spec_path"] = $"ai_working/orders/{name}.impl_spec.md",
            ["target_dir"] = $"modules/orders/{name}",
            ["type"] = "python_module",
        };
        if (files is not null)
        {
            brick["files"] = files;
        }

        if (dependsOn is not null)
        {
            brick["depends_on"] = dependsOn;
        }

        return brick;
    }

    private static async Task<JsonElement> Call(StdioServer server, string tool, Dictionary<string, object?> arguments)
    {
        var result = await server.Client.CallToolAsync(tool, arguments, cancellationToken: StdioServer.Deadline());
        var text = string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text));
        result.IsError.Should().NotBe(true, $"{tool} failed: {text}");
        return result.StructuredContent!.Value;
    }

    private static string? Text(GetPromptResult prompt) => prompt.Messages.Single().Content is TextContentBlock text ? text.Text : null;

    public void Dispose() => _ws.Dispose();
}
