using System.Text.Json;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Tools;

/// <summary>Every tool call, successful or refused, appends exactly one JSONL event with the documented fields.</summary>
public sealed class CallLogTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task EachCall_AppendsOneEventWithEveryField()
    {
        await using (var server = await InProcess.StartAsync(_ws.Root))
        {
            await server.Client.CallToolAsync("build_context", new Dictionary<string, object?> { ["module"] = "orders" }, cancellationToken: StdioServer.Deadline());
            await server.Client.CallToolAsync("build_context", new Dictionary<string, object?> { ["module"] = "../x" }, cancellationToken: StdioServer.Deadline());
            await server.Client.CallToolAsync("build_context", new Dictionary<string, object?> { ["module"] = new string('y', 5000) }, cancellationToken: StdioServer.Deadline());
        }

        var events = File.ReadAllLines(Path.Join(_ws.Root, ".modulegen/logs/tool-calls.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement).ToArray();

        events.Should().HaveCount(3);
        foreach (var e in events)
        {
            DateTimeOffset.Parse(e.GetProperty("time").GetString()!).Offset.Should().Be(TimeSpan.Zero);
            e.GetProperty("correlation_id").GetString().Should().MatchRegex("^[0-9a-f]{12}$");
            e.GetProperty("tool").GetString().Should().Be("build_context");
            e.GetProperty("duration_ms").GetDouble().Should().BeGreaterThanOrEqualTo(0);
        }

        events.Select(e => e.GetProperty("outcome").GetString()).Should().Equal("ok", "tool_error", "tool_error");
        events[0].GetProperty("arguments").GetString().Should().Be("""{"module":"orders"}""");
        events[0].TryGetProperty("error", out _).Should().BeFalse();
        events[1].GetProperty("error").GetString().Should().Contain("name.path_separator");
        events[2].GetProperty("arguments").GetString()!.Length.Should().BeLessThan(500, "argument previews are truncated");
        events.Select(e => e.GetProperty("correlation_id").GetString()).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task CallLogTurnedOff_WritesNoEvents()
    {
        _ws.Write("modulegen.yaml", "logging:\n  call_log: false\n  file: false\n");
        await using (var server = await InProcess.StartAsync(_ws.Root))
        {
            await server.Client.CallToolAsync("build_context", new Dictionary<string, object?> { ["module"] = "orders" }, cancellationToken: StdioServer.Deadline());
        }

        _ws.Exists(".modulegen").Should().BeFalse();
    }

    public void Dispose() => _ws.Dispose();
}
