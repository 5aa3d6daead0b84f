using System.Text.Json;
using ModelContextProtocol.Client;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Tools;

/// <summary>The spec-pipeline tools over the in-process server: structured results, refusals as isError with code and
/// pointer, and a workspace left untouched.</summary>
public sealed class SpecDocsToolsTests : IDisposable
{
    private const string LogFolder = ".modulegen/logs";
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task CheckDocs_PlantedDefect_ReturnsTheFindingWithFileAndLine()
    {
        SpecFixture.Load("invalid", "mg104-dangling-module").WriteTo(_ws);
        await using var server = await InProcess.StartAsync(_ws.Root);

        var result = await Call(server.Client, "check_docs", new() { ["module"] = "oagw" });

        result.IsError.Should().NotBe(true);
        var content = result.StructuredContent!.Value;
        var finding = content.GetProperty("findings").EnumerateArray().Single();
        finding.GetProperty("rule_id").GetString().Should().Be("MG104");
        finding.GetProperty("severity").GetString().Should().Be("error");
        finding.GetProperty("file").GetString().Should().Be("modules/oagw/docs/INTENT_SCENARIOS.md");
        finding.GetProperty("line").GetInt32().Should().Be(12);
        finding.GetProperty("recommendation").GetString().Should().NotBeNullOrWhiteSpace();
        content.GetProperty("counts").GetProperty("errors").GetInt32().Should().Be(1);
        content.GetProperty("step").GetInt32().Should().Be(4);
        ((ModelContextProtocol.Protocol.TextContentBlock)result.Content[0]).Text.Should().Contain("INTENT_SCENARIOS.md:12 MG104");
    }

    [Fact]
    public async Task NextIdTraceMatrixAndCheckGate_AnswerForTheCleanSet()
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);
        var before = _ws.TreeHash(LogFolder);
        await using var server = await InProcess.StartAsync(_ws.Root);

        var next = await Call(server.Client, "next_id", new() { ["module"] = "oagw", ["kind"] = "scen" });
        var trace = await Call(server.Client, "trace_matrix", new() { ["module"] = "oagw", ["format"] = "markdown" });
        var graph = await Call(server.Client, "trace_matrix", new() { ["module"] = "oagw", ["format"] = "mermaid" });
        var gate = await Call(server.Client, "check_gate", new() { ["module"] = "oagw", ["step"] = 3 });
        var gate5 = await Call(server.Client, "check_gate", new() { ["module"] = "oagw", ["step"] = 5, ["phase"] = 2 });

        next.StructuredContent!.Value.GetProperty("id").GetString().Should().Be("SCEN-OAGW-05");
        trace.StructuredContent!.Value.GetProperty("markdown").GetString().Should().StartWith("| Requirement | Scenario |");
        graph.StructuredContent!.Value.GetProperty("mermaid").GetString().Should().StartWith("flowchart LR");
        gate.StructuredContent!.Value.GetProperty("passed").GetBoolean().Should().BeTrue();
        gate5.StructuredContent!.Value.GetProperty("passed").GetBoolean().Should().BeFalse();
        gate5.StructuredContent!.Value.GetProperty("reasons")[0].GetString().Should().Contain("TASK-OAGW-03");
        _ws.TreeHash(LogFolder).Should().Be(before, "the pipeline tools are read-only");
    }

    [Fact]
    public async Task AuditWorkspace_IncludesTheSpecDocumentRules()
    {
        SpecFixture.Load("invalid", "mg108-normative-keyword").WriteTo(_ws);
        await using var server = await InProcess.StartAsync(_ws.Root);

        var audit = await Call(server.Client, "audit_workspace", new() { ["module"] = "oagw" });

        audit.IsError.Should().NotBe(true);
        var finding = audit.StructuredContent!.Value.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule_id").GetString()!.StartsWith("MG1", StringComparison.Ordinal));
        finding.GetProperty("rule_id").GetString().Should().Be("MG108");
        finding.GetProperty("line").GetInt32().Should().Be(7);
    }

    public static TheoryData<string, Dictionary<string, object?>, string, string> Refusals => new()
    {
        { "check_docs", new() { ["module"] = "../x" }, "name.path_separator", "/module" },
        { "check_docs", new() { ["module"] = "ghost" }, "docs.folder_missing", "/module" },
        { "next_id", new() { ["module"] = "oagw", ["kind"] = "epic" }, "docs.unknown_kind", "/kind" },
        { "trace_matrix", new() { ["module"] = "a\0b" }, "name.invalid_character", "/module" },
        { "check_gate", new() { ["module"] = "oagw", ["step"] = 9 }, "docs.bad_step", "/step" },
        { "check_gate", new() { ["module"] = "oagw", ["step"] = 5 }, "argument.missing", "/phase" },
        { "check_gate", new() { ["module"] = "oagw", ["step"] = 4, ["coverage_path"] = "../../etc/passwd" }, "path.outside_workspace", "/coverage_path" },
        { "check_gate", new() { ["module"] = "oagw", ["step"] = 4, ["coverage_path"] = "nope.xml" }, "docs.coverage_not_found", "/coverage_path" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Tools_BadArguments_AreRefusedAndNothingIsWritten(string tool, Dictionary<string, object?> arguments, string code, string pointer)
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);
        var before = _ws.TreeHash(LogFolder);
        await using var server = await InProcess.StartAsync(_ws.Root);

        var result = await Call(server.Client, tool, arguments);

        result.IsError.Should().BeTrue();
        var error = result.StructuredContent!.Value.GetProperty("errors")[0];
        (error.GetProperty("code").GetString(), error.GetProperty("pointer").GetString()).Should().Be((code, pointer));
        _ws.TreeHash(LogFolder).Should().Be(before);
    }

    [Fact]
    public async Task Tools_AreListedReadOnlyWithSnakeCaseParameters()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);

        var tools = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).ToDictionary(t => t.Name);

        foreach (var name in new[] { "check_docs", "next_id", "trace_matrix", "check_gate" })
        {
            tools.Should().ContainKey(name);
            tools[name].ProtocolTool.Annotations!.ReadOnlyHint.Should().BeTrue();
        }

        var gate = tools["check_gate"].ProtocolTool.InputSchema.GetProperty("properties");
        gate.EnumerateObject().Select(p => p.Name).Should().Equal("module", "step", "phase", "coverage_path", "detail");
    }

    private static async Task<ModelContextProtocol.Protocol.CallToolResult> Call(McpClient client, string tool, Dictionary<string, object?> arguments) =>
        await client.CallToolAsync(tool, arguments, cancellationToken: StdioServer.Deadline());

    public void Dispose() => _ws.Dispose();
}
