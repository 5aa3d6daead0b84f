using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Hardening;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Hosting;

/// <summary>The stdio server's two guards below the SDK (BoundedStdin), seen from a client: the end of stdin stops the
/// process even while a tool call cannot finish, and an oversized request line is cut before the SDK reads it.</summary>
public sealed class StdioLifetimeTests : IDisposable
{
    /// <summary>A liveness bound, not a timing expectation: without the guard the process never exits.</summary>
    private static readonly TimeSpan s_exitDeadline = TimeSpan.FromSeconds(60);

    private readonly TempWorkspace _ws = new();

    [UnixFact]
    public async Task EndOfStdin_StopsTheServer_WhileAToolCallIsStuckOnAFifo()
    {
        // Reading a FIFO that no process writes blocks for good: check_docs on this module cannot finish by itself.
        var docs = Path.Join(_ws.Root, "modules", "stuck", "docs");
        Directory.CreateDirectory(docs);
        using (var mkfifo = Process.Start("mkfifo", [Path.Join(docs, "TASKS.md")]))
        {
            await mkfifo.WaitForExitAsync();
            mkfifo.ExitCode.Should().Be(0);
        }

        await using var server = await RawServer.StartAsync(_ws.Root);
        _ = server.Send("tools/call", new JsonObject { ["name"] = "check_docs", ["arguments"] = new JsonObject { ["module"] = "stuck" } });

        server.CloseInputAndWaitForExit(s_exitDeadline).Should().BeTrue("the end of stdin stops the host, stuck call or not");
        server.ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task OversizedRequestLine_IsCut_AnsweredWithAParseError_AndTheServerGoesOn()
    {
        await using var server = await RawServer.StartAsync(_ws.Root);
        var padding = new string('x', ServerComposition.MaxRequestBytes);
        var oversized = "{\"jsonrpc\":\"2.0\",\"id\":\"big\",\"method\":\"tools/call\",\"params\":{\"name\":\"build_context\",\"arguments\":{\"module\":\"" + padding + "\"}}}";
        Encoding.UTF8.GetByteCount(oversized).Should().BeGreaterThan(ServerComposition.MaxRequestBytes);

        var answer = server.Expect("big");
        await server.SendAsync(oversized);

        (await answer.WaitAsync(StdioServer.Timeout)).GetProperty("error").GetProperty("code").GetInt32().Should().Be(-32700);
        (await server.RequestAsync("ping")).TryGetProperty("result", out _).Should().BeTrue("the next line is read as usual");
    }

    public void Dispose() => _ws.Dispose();
}
