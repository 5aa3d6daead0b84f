using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Hardening;

/// <summary>Bad protocol input over the real executable's stdin/stdout: every request gets one correct answer (a
/// JSON-RPC error with the SDK's code, or an isError tool result naming the argument), lines that are not JSON-RPC
/// at all are dropped, stdout stays pure JSON-RPC, and the server keeps serving.</summary>
public sealed class ProtocolRobustnessTests : IDisposable
{
    private const string LogFolder = ".modulegen/logs";
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task MalformedAndWrongInput_EachAnsweredCorrectly_AndTheServerStaysUp()
    {
        var before = _ws.TreeHash(LogFolder);
        await using var server = await RawServer.StartAsync(_ws.Root);

        // Not JSON-RPC at all: nothing to answer (no id can be read); the SDK drops the line.
        foreach (var garbage in new[] { "{not json", "[1,2,3]", "\"just a string\"", "", "{\"jsonrpc\":\"2.0\",\"id\":", new string('x', 100_000) })
        {
            await server.SendAsync(garbage);
        }

        var noMethod = server.Send("", id: "no-method");
        await server.SendAsync("""{"jsonrpc":"2.0","id":"no-method2"}""");
        var oldVersion = server.Expect("old-version");
        await server.SendAsync("""{"jsonrpc":"1.0","id":"old-version","method":"ping"}""");
        var unknownMethod = server.Send("no/such/method");
        var unknownTool = server.Send("tools/call", new JsonObject { ["name"] = "no_such_tool", ["arguments"] = new JsonObject() });
        var unknownPrompt = server.Send("prompts/get", new JsonObject { ["name"] = "no_such_prompt" });
        var paramsNotObject = server.Send("tools/call", JsonValue.Create("not an object"));

        (await Error(noMethod)).Should().Be(-32601, "an empty method name is an unknown method");
        (await Error(server.Expect("no-method2"))).Should().BeOneOf(-32700, -32600);
        (await Error(oldVersion)).Should().BeOneOf(-32700, -32600);
        (await Error(unknownMethod)).Should().Be(-32601);
        (await Error(unknownTool)).Should().Be(-32602);
        (await Error(unknownPrompt)).Should().Be(-32602);
        (await Error(paramsNotObject)).Should().BeOneOf(-32602, -32603);

        await ExpectToolError(server, "build_context", new JsonObject { ["module"] = 5 }, ("argument.invalid", "/module"));
        await ExpectToolError(server, "build_context", new JsonObject(), ("argument.missing", "/module"));
        await ExpectToolError(server, "build_context", new JsonObject { ["modul"] = "orders" }, ("argument.invalid", "/modul"), ("argument.missing", "/module"));
        await ExpectToolError(server, "scaffold", new JsonObject { ["template"] = "python-module", ["target_dir"] = "x", ["dry_run"] = "yes" }, ("argument.invalid", "/dry_run"));
        await ExpectToolError(server, "scaffold", new JsonObject { ["template"] = "python-module", ["target_dir"] = "x", ["addons"] = new JsonArray(1, 2) },
            ("argument.invalid", "/addons/0"), ("argument.invalid", "/addons/1"));
        await ExpectToolError(server, "check_gate", new JsonObject { ["module"] = "orders", ["step"] = 1.5 }, ("argument.invalid", "/step"));
        await ExpectToolError(server, "record_step", new JsonObject { ["module"] = null, ["brick"] = "b", ["step"] = "specs", ["status"] = "done" }, ("argument.missing", "/module"));

        // Values the tools' parameters cannot hold, and text that is not valid Unicode, each get a structured refusal
        // (never the SDK's bare "An error occurred invoking", never -32603).
        await ExpectToolError(server, "check_gate", new JsonObject { ["module"] = "orders", ["step"] = 1L << 40 }, ("argument.invalid", "/step"));
        await ExpectToolError(server, "scaffold", new JsonObject { ["template"] = "python-module", ["target_dir"] = "x", ["dry_run"] = null }, ("argument.invalid", "/dry_run"));
        await ExpectToolError(server, "scaffold", new JsonObject { ["template"] = "python-module", ["target_dir"] = "x\uFFFDy", ["dry_run"] = true }, ("path.invalid_character", "/target_dir"));
        var lone = server.Expect("lone");
        await server.SendAsync("""{"jsonrpc":"2.0","id":"lone","method":"tools/call","params":{"name":"build_context","arguments":{"module":"a\ud800b"}}}""");
        ToolErrors((await lone.WaitAsync(StdioServer.Timeout)).GetProperty("result")).Should().Contain(("name.invalid_character", "/module"));
        var notUtf8 = server.Expect("not-utf8");
        await server.SendBytesAsync([.. """{"jsonrpc":"2.0","id":"not-utf8","method":"tools/call","params":{"name":"scaffold","arguments":{"template":"python-module","dry_run":true,"target_dir":"x"""u8, 0xFF, 0xFE, .. "y\"}}}"u8]);
        ToolErrors((await notUtf8.WaitAsync(StdioServer.Timeout)).GetProperty("result")).Should().Contain(("path.invalid_character", "/target_dir"));
        var deep = server.Expect("deep");
        await server.SendAsync("""{"jsonrpc":"2.0","id":"deep","method":"tools/call","params":{"name":"validate_plan","arguments":{"plan":"""
            + new string('[', 100_000) + new string(']', 100_000) + "}}}");
        var deepAnswer = await deep.WaitAsync(StdioServer.Timeout);
        (deepAnswer.TryGetProperty("error", out _) || deepAnswer.GetProperty("result").GetProperty("isError").GetBoolean()).Should().BeTrue("JSON nested 100,000 deep is refused, quickly, with an answer");

        var tenMegabytes = new string('p', 10 * 1024 * 1024);
        await ExpectToolError(server, "validate_plan", new JsonObject { ["plan"] = tenMegabytes }, ("plan.too_large", ""));
        await ExpectToolError(server, "build_context", new JsonObject { ["module"] = tenMegabytes }, ("name.too_long", "/module"));
        await ExpectToolError(server, "scaffold", new JsonObject { ["template"] = "python-module", ["target_dir"] = tenMegabytes, ["dry_run"] = true }, ("path.too_long", "/target_dir"));

        (await server.RequestAsync("ping")).GetProperty("result").ValueKind.Should().Be(JsonValueKind.Object);
        var final = await server.CallToolAsync("build_context", new JsonObject { ["module"] = "orders" });
        final.TryGetProperty("isError", out var isError).Should().BeFalse(isError.ToString());
        final.GetProperty("structuredContent").GetProperty("module").GetProperty("snake").GetString().Should().Be("orders");

        server.HasExited.Should().BeFalse();
        foreach (var line in server.Lines)
        {
            using var message = JsonDocument.Parse(line);
            message.RootElement.GetProperty("jsonrpc").GetString().Should().Be("2.0");
        }

        _ws.TreeHash(LogFolder).Should().Be(before, "no refused call writes anything");
    }

    [Fact]
    public async Task ThousandRapidCalls_EachAnsweredCorrectly_AndAFinalCallSucceeds()
    {
        _ws.Write("modules/billing/README.md", "# billing\n");
        await using var server = await StdioServer.StartAsync(_ws.Root);
        var client = server.Client;

        var calls = Enumerable.Range(0, 1000).Select(i => (i % 4) switch
        {
            0 => Call(client, "build_context", new() { ["module"] = $"module {i}" }, expectError: false),
            1 => Call(client, "build_context", new() { ["module"] = $"../escape{i}" }, expectError: true),
            2 => Call(client, "validate_plan", new() { ["plan"] = $"{{\"module\": \"m{i}\", \"bricks\": []}}" }, expectError: true),
            _ => Call(client, "list_templates", [], expectError: false),
        }).ToArray();
        var outcomes = await Task.WhenAll(calls);

        outcomes.Should().AllSatisfy(o => o.Should().BeTrue());
        var final = await client.CallToolAsync("build_context", new Dictionary<string, object?> { ["module"] = "orders" }, cancellationToken: StdioServer.Deadline());
        final.IsError.Should().NotBe(true);
        File.ReadLines(Path.Join(_ws.Root, LogFolder, "tool-calls.jsonl")).Count().Should().Be(1001, "every call is logged once");
    }

    private static async Task<bool> Call(McpClient client, string tool, Dictionary<string, object?> arguments, bool expectError)
    {
        var result = await client.CallToolAsync(tool, arguments, cancellationToken: StdioServer.Deadline());
        return (result.IsError is true) == expectError && result.StructuredContent is not null;
    }

    private static async Task<int> Error(Task<JsonElement> response) =>
        (await response.WaitAsync(StdioServer.Timeout)).GetProperty("error").GetProperty("code").GetInt32();

    private static async Task ExpectToolError(RawServer server, string tool, JsonObject arguments, params (string Code, string Pointer)[] expected)
    {
        var result = await server.CallToolAsync(tool, arguments);
        result.GetProperty("isError").GetBoolean().Should().BeTrue($"{tool} {Preview(arguments)} must be refused");
        var errors = result.GetProperty("structuredContent").GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("pointer").GetString()!)).ToArray();
        errors.Should().Contain(expected, $"{tool} {Preview(arguments)} answered {string.Join(", ", errors)}");
    }

    private static (string Code, string Pointer)[] ToolErrors(JsonElement result)
    {
        result.GetProperty("isError").GetBoolean().Should().BeTrue(result.ToString());
        return result.GetProperty("structuredContent").GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("pointer").GetString()!)).ToArray();
    }

    private static string Preview(JsonObject arguments)
    {
        var text = arguments.ToJsonString();
        return text.Length > 120 ? text[..120] + "…" : text;
    }

    public void Dispose() => _ws.Dispose();
}
