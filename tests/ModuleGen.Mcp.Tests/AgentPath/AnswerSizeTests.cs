using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.AgentPath;

/// <summary>Answers an agent can afford: records listed by size, large diffs behind a resource link, passing checks
/// counted, one trace format, no template helpers unless asked, a small no-op update, and lists that say how long they
/// stay fresh.</summary>
public sealed class AnswerSizeTests
{
    [Fact]
    public async Task ScaffoldDryRun_WithDiffsOverTheInlineLimit_LinksThemAsAResource_ThatReadsBackWhole()
    {
        await using var session = await ToolSession.StartAsync();
        session.Workspace.Write(".modulegen/templates/big/template.yaml", "name: big\nversion: 1.0.0\ndescription: A large file.\nfiles:\n  - source: big.txt\n    destination: big.txt\n");
        session.Workspace.Write(".modulegen/templates/big/files/big.txt", string.Concat(Enumerable.Range(0, 800).Select(i => $"line {i} of a generated file\n")));

        var result = await session.Raw("scaffold", new JsonObject { ["template"] = "big", ["target_dir"] = "modules/big", ["dry_run"] = true });

        var structured = result.StructuredContent!.Value;
        var uri = structured.GetProperty("diffs_uri").GetString()!;
        structured.GetProperty("changes").EnumerateArray().Should().OnlyContain(c => !Has(c, "diff") && c.GetProperty("bytes").GetInt32() > 0);
        result.Content.OfType<ResourceLinkBlock>().Should().ContainSingle().Which.Uri.Should().Be(uri);
        Encoding.UTF8.GetByteCount(structured.GetRawText()).Should().BeLessThan(4_000);
        var read = await session.Server.Client.ReadResourceAsync(uri, cancellationToken: StdioServer.Deadline());
        read.Contents.OfType<TextResourceContents>().Single().Text.Should().Contain("+line 799 of a generated file").And.Contain("+++ b/modules/big/big.txt");
    }

    [Fact]
    public async Task ScaffoldDryRun_ListsModuleGensOwnRecordsBySize_WithoutDiffs()
    {
        await using var session = await ToolSession.StartAsync();

        var dry = await session.Ok("scaffold", new JsonObject { ["template"] = "intent-docs", ["target_dir"] = "modules/orders", ["variables"] = new JsonObject { ["module"] = "orders" }, ["dry_run"] = true });

        var changes = dry.GetProperty("changes").EnumerateArray().ToArray();
        changes.Where(c => c.GetProperty("source").GetString() is "answers" or "base").Should().HaveCount(2).And.OnlyContain(c => !Has(c, "diff") && c.GetProperty("bytes").GetInt32() > 0);
        changes.Where(c => c.GetProperty("source").GetString()!.StartsWith("files/", StringComparison.Ordinal)).Should().OnlyContain(c => Has(c, "diff"));
    }

    [Fact]
    public async Task UpdateModule_WithNothingToDo_AnswersInUnderOneKilobyte()
    {
        await using var session = await ToolSession.StartAsync();
        await session.Ok("scaffold", new JsonObject { ["template"] = "dagster-module", ["target_dir"] = "modules/orders", ["variables"] = new JsonObject { ["module"] = "orders" }, ["addons"] = new JsonArray("postgresql", "schedules") });

        var result = await session.Raw("update_module", new JsonObject { ["module"] = "orders", ["dry_run"] = true });

        Encoding.UTF8.GetByteCount(result.StructuredContent!.Value.GetRawText()).Should().BeLessThan(1_000, result.StructuredContent.ToString());
        result.StructuredContent!.Value.GetProperty("counts").GetProperty("unchanged").GetInt32().Should().BeGreaterThan(5, "unchanged files are counted");
    }

    [Fact]
    public async Task DescribeTemplate_LeavesTheAuthorsHelpersOut_UnlessAsked()
    {
        await using var session = await ToolSession.StartAsync();

        var plain = await session.Ok("describe_template", new JsonObject { ["template"] = "dagster-module" });
        var detailed = await session.Ok("describe_template", new JsonObject { ["template"] = "dagster-module", ["detail"] = true });

        plain.TryGetProperty("helpers", out _).Should().BeFalse();
        detailed.GetProperty("helpers").GetArrayLength().Should().BeGreaterThan(0);
    }

    public static TheoryData<string?, string[], string[]> TraceFormats => new()
    {
        { null, ["requirements"], ["markdown", "mermaid"] },
        { "markdown", ["markdown"], ["mermaid"] },
        { "mermaid", ["mermaid"], ["markdown"] },
    };

    [Theory]
    [MemberData(nameof(TraceFormats))]
    public async Task TraceMatrix_AnswersInTheOneFormatAskedFor(string? format, string[] present, string[] absent)
    {
        await using var session = await ToolSession.StartAsync();
        await session.Ok("scaffold", new JsonObject { ["template"] = "intent-docs", ["target_dir"] = "modules/orders", ["variables"] = new JsonObject { ["module"] = "orders" } });
        // intent-docs 1.1.0 writes skeletons without requirements, so the matrix gets one written requirement.
        session.Workspace.Write("modules/orders/docs/INTENT_REQUIREMENTS.md", "# orders: intent requirements\n\n### REQ-ORDERS-1: Take orders\nThe module MUST take orders (phase 1).\n");
        var arguments = new JsonObject { ["module"] = "orders" };
        if (format is not null)
        {
            arguments["format"] = format;
        }

        var trace = await session.Ok("trace_matrix", arguments);

        trace.GetProperty("format").GetString().Should().Be(format ?? "json");
        trace.GetProperty("totals").GetProperty("requirements").GetInt32().Should().BeGreaterThan(0);
        foreach (var field in present)
        {
            trace.GetProperty(field).ValueKind.Should().NotBe(JsonValueKind.Undefined);
        }

        foreach (var field in absent)
        {
            trace.TryGetProperty(field, out _).Should().BeFalse(field);
        }
    }

    [Fact]
    public async Task CheckGate_CountsTheConditionsThatHold_AndListsOnlyTheOthers_UnlessAsked()
    {
        await using var session = await ToolSession.StartAsync();
        await session.Ok("scaffold", new JsonObject { ["template"] = "intent-docs", ["target_dir"] = "modules/orders", ["variables"] = new JsonObject { ["module"] = "orders" } });

        var gate = await session.Ok("check_gate", new JsonObject { ["module"] = "orders", ["step"] = 3 });
        var detailed = await session.Ok("check_gate", new JsonObject { ["module"] = "orders", ["step"] = 3, ["detail"] = true });

        gate.GetProperty("checks").EnumerateArray().Should().OnlyContain(c => !c.GetProperty("passed").GetBoolean());
        gate.GetProperty("checks_total").GetInt32().Should().Be(detailed.GetProperty("checks").GetArrayLength());
        gate.GetProperty("checks_passed").GetInt32().Should().Be(detailed.GetProperty("checks").EnumerateArray().Count(c => c.GetProperty("passed").GetBoolean()));
    }

    private static bool Has(JsonElement value, string property) => value.EnumerateObject().Any(p => p.Name == property);

    [Fact]
    public async Task Lists_ThatCannotChangeDuringASession_CarryAPositiveTtl()
    {
        await using var session = await ToolSession.StartAsync();

        var tools = await session.Server.Client.SendRequestAsync<ListToolsRequestParams, ListToolsResult>(RequestMethods.ToolsList, new ListToolsRequestParams(), cancellationToken: StdioServer.Deadline());
        var prompts = await session.Server.Client.SendRequestAsync<ListPromptsRequestParams, ListPromptsResult>(RequestMethods.PromptsList, new ListPromptsRequestParams(), cancellationToken: StdioServer.Deadline());

        tools.TimeToLive.Should().BePositive();
        prompts.TimeToLive.Should().BePositive();
    }
}
