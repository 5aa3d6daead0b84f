using System.Text;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Tests.Support;
using Xunit.Abstractions;

namespace ModuleGen.Mcp.Tests.EndToEnd;

/// <summary>One agent's session with the server under test over stdio (the built executable, or the native one CI
/// names in MODULEGEN_TEST_SERVER): every tool call is counted with the bytes of its result a model gets to see, and
/// every answer must conform to the tool's listed output schema, as Claude Code checks.</summary>
/// <remarks>A client hands the model either the text blocks or the structured content (as JSON, written the way a
/// JavaScript client's JSON.stringify writes it: no \u escapes for '+', '&lt;' or non-ASCII letters, which the wire may
/// carry); a call's model-visible bytes are the larger of the two, so a budget holds whichever the client picks. When
/// MODULEGEN_AGENT_REPORT names a file, <see cref="Report"/> appends one line per request to it
/// (<c>bench/agent_path.sh</c> prints them as a table).</remarks>
internal sealed class AgentSession : IAsyncDisposable
{
    public const string ReportVariable = "MODULEGEN_AGENT_REPORT";

    private readonly StdioServer _server;
    private readonly Dictionary<string, JsonElement> _schemas;
    private readonly List<AgentCall> _calls = [];

    private AgentSession(StdioServer server, Dictionary<string, JsonElement> schemas)
    {
        _server = server;
        _schemas = schemas;
    }

    /// <summary>Gets every call made so far, in order.</summary>
    public IReadOnlyList<AgentCall> Calls => _calls;

    /// <summary>Gets the model-visible bytes of every result so far.</summary>
    public int Bytes => _calls.Sum(c => c.Visible);

    /// <summary>Starts the server on a workspace and reads its tool list (not counted: the client does it once).</summary>
    public static async Task<AgentSession> StartAsync(string workspace)
    {
        var server = await StdioServer.StartAsync(workspace);
        var tools = await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline());
        return new AgentSession(server, tools.ToDictionary(t => t.Name, t => t.ProtocolTool.OutputSchema!.Value));
    }

    /// <summary>Calls a tool that must succeed; returns its structured content.</summary>
    public async Task<JsonElement> Call(string tool, Dictionary<string, object?> arguments)
    {
        var (result, text) = await Invoke(tool, arguments);
        result.IsError.Should().NotBe(true, $"{tool} failed: {text}");
        var structured = result.StructuredContent!.Value;
        OutputSchemaCheck.Violations(_schemas[tool], structured).Should().BeEmpty($"{tool}'s answer must conform to its listed output schema");
        return structured;
    }

    /// <summary>Calls a tool that must refuse; returns its errors.</summary>
    public async Task<JsonElement[]> Refused(string tool, Dictionary<string, object?> arguments)
    {
        var (result, text) = await Invoke(tool, arguments);
        result.IsError.Should().BeTrue($"{tool} should refuse: {text}");
        return [.. result.StructuredContent!.Value.GetProperty("errors").EnumerateArray()];
    }

    /// <summary>Calls a tool that may refuse; returns whether it did and its structured content.</summary>
    public async Task<(bool Refused, JsonElement Content)> Try(string tool, Dictionary<string, object?> arguments)
    {
        var (result, _) = await Invoke(tool, arguments);
        return (result.IsError == true, result.StructuredContent!.Value);
    }

    /// <summary>Writes the request's figures to the test output and, when asked, to the report file; returns them.</summary>
    public string Report(string request, ITestOutputHelper output)
    {
        var line = $"{request}\t{_calls.Count} calls\t{Bytes} bytes\t" +
                   string.Join(", ", _calls.Select(c => $"{c.Tool}{(c.Refused ? "!" : "")}={c.Visible}"));
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable(ReportVariable) is { Length: > 0 } file)
        {
            File.AppendAllText(file, line + "\n");
        }

        return line;
    }

    private async Task<(CallToolResult Result, string Text)> Invoke(string tool, Dictionary<string, object?> arguments)
    {
        var result = await _server.Client.CallToolAsync(tool, arguments, cancellationToken: StdioServer.Deadline());
        var text = string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text));
        var content = result.Content.Sum(b => b is TextContentBlock t ? Encoding.UTF8.GetByteCount(t.Text) : JsonSerializer.SerializeToUtf8Bytes(b, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ContentBlock))).Length);
        var structured = result.StructuredContent is { } s ? AsClientsWrite(s) : 0;
        _calls.Add(new AgentCall(tool, result.IsError == true, content, structured));
        return (result, text);
    }

    private static int AsClientsWrite(JsonElement value)
    {
        using var bytes = new MemoryStream();
        using (var writer = new Utf8JsonWriter(bytes, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            value.WriteTo(writer);
        }

        return (int)bytes.Length;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

/// <summary>One counted tool call: its tool, whether it was refused, and the bytes of its text and structured content.</summary>
internal sealed record AgentCall(string Tool, bool Refused, int ContentBytes, int StructuredBytes)
{
    /// <summary>Gets the bytes a model sees of this result, whichever channel the client hands it.</summary>
    public int Visible => Math.Max(ContentBytes, StructuredBytes);
}
