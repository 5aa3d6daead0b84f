using System.Text.Json.Nodes;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Plans;

/// <summary>The plan, brick, recipe and verification tools are annotated honestly, and hostile plans sent over MCP
/// are refused with nothing written.</summary>
public sealed class PlanToolCatalogueTests : IDisposable
{
    private const string LogFolder = ".modulegen/logs";
    private readonly TempWorkspace _ws = new();

    [Theory]
    [InlineData("validate_plan", true, true)]
    [InlineData("load_plan", true, true)]
    [InlineData("list_plans", true, true)]
    [InlineData("render_plan_prompt", true, true)]
    [InlineData("next_steps", true, true)]
    [InlineData("verify_files", true, true)]
    [InlineData("store_plan", false, true)]
    [InlineData("resolve_brick_specs", false, true)]
    [InlineData("record_step", false, false)]
    public async Task Tool_HasHonestAnnotations(string name, bool readOnly, bool idempotent)
    {
        await using var server = await InProcess.StartAsync(_ws.Root);

        var tool = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).Single(t => t.Name == name).ProtocolTool;

        tool.Annotations!.ReadOnlyHint.Should().Be(readOnly);
        // Read-only tools carry no destructive/idempotent hints: the protocol gives them meaning only for writing tools.
        tool.Annotations.IdempotentHint.Should().Be(readOnly ? null : idempotent);
        tool.Annotations.DestructiveHint.Should().Be(readOnly ? null : false);
        tool.OutputSchema.Should().NotBeNull();
    }

    [Fact]
    public async Task Prompts_AreListedWithTheirArguments()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);

        var prompts = await server.Client.ListPromptsAsync(cancellationToken: StdioServer.Deadline());

        prompts.Select(p => p.Name).Should().Contain(["create_module", "plan_module"]);
        prompts.Single(p => p.Name == "plan_module").ProtocolPrompt.Arguments!.Select(a => a.Name).Should().Equal("module", "contract_path", "spec_path");
    }

    [Theory]
    [InlineData("traversal", "path.outside_workspace")]
    [InlineData("ten_thousand_bricks", "plan.too_many_bricks")]
    [InlineData("five_megabytes", "plan.too_large")]
    public async Task StorePlan_HostilePlan_IsRefusedAndNothingIsWritten(string attack, string code)
    {
        _ws.Write("modules/existing/README.md", "keep\n");
        var before = _ws.TreeHash(LogFolder);
        await using var server = await InProcess.StartAsync(_ws.Root);

        var result = await server.Client.CallToolAsync("store_plan", new Dictionary<string, object?> { ["plan"] = Hostile(attack) }, cancellationToken: StdioServer.Deadline());

        result.IsError.Should().BeTrue();
        result.StructuredContent!.Value.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).Should().Contain(code);
        _ws.TreeHash(LogFolder).Should().Be(before);
    }

    private static JsonObject Hostile(string attack)
    {
        var bricks = new JsonArray();
        var count = attack == "ten_thousand_bricks" ? 10_000 : 1;
        for (var i = 0; i < count; i++)
        {
            bricks.Add(new JsonObject
            {
                ["name"] = $"b{i}", ["description"] = attack == "five_megabytes" ? new string('x', 5 * 1024 * 1024) : "d",
                ["contract_path"] = $"a/b{i}.contract.md", ["spec_path"] = $"a/b{i}.impl_spec.md",
                ["target_dir"] = attack == "traversal" ? "../../../tmp/evil" : $"m/b{i}", ["type"] = "module",
            });
        }

        return new JsonObject { ["module"] = "orders", ["bricks"] = bricks };
    }

    public void Dispose() => _ws.Dispose();
}
