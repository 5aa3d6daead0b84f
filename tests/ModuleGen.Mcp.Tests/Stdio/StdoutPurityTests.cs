using System.Diagnostics;
using System.Text.Json;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Stdio;

/// <summary>Stdout is the protocol: with logging at its most verbose, every line the server writes there must be a
/// JSON-RPC message, and the logs must go to stderr instead.</summary>
public sealed class StdoutPurityTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task VerboseServer_WritesOnlyJsonRpcToStdout()
    {
        var start = new ProcessStartInfo(StdioServer.Launch.Command)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["MODULEGEN_LOG_LEVEL"] = "verbose" },
        };
        foreach (var argument in (string[])[.. StdioServer.Launch.Prefix, "--workspace", _ws.Root])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();

        string[] requests =
        [
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"purity-test","version":"1"}}}""",
            """{"jsonrpc":"2.0","method":"notifications/initialized"}""",
            """{"jsonrpc":"2.0","id":2,"method":"tools/list"}""",
            """{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"build_context","arguments":{"module":"orders"}}}""",
            """{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"build_context","arguments":{"module":"../x"}}}""",
            """{"jsonrpc":"2.0","id":5,"method":"no/such/method"}""",
        ];
        foreach (var request in requests)
        {
            await process.StandardInput.WriteLineAsync(request);
        }

        var lines = new List<string>();
        using var deadline = new CancellationTokenSource(StdioServer.Timeout);
        while (lines.Count(l => l.Contains("\"id\":")) < 5 && await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            lines.Add(line);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(deadline.Token);
        lines.AddRange((await process.StandardOutput.ReadToEndAsync(deadline.Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries));

        lines.Should().NotBeEmpty();
        foreach (var line in lines)
        {
            using var message = JsonDocument.Parse(line);
            message.RootElement.GetProperty("jsonrpc").GetString().Should().Be("2.0", $"stdout line '{line}' must be JSON-RPC");
        }

        lines.Where(l => l.Contains("\"id\":")).Should().HaveCount(5, "each request gets exactly one answer");
        (await stderr).Should().Contain("VRB", "verbose logging was on and went to stderr");
        process.ExitCode.Should().Be(0);
    }

    public void Dispose() => _ws.Dispose();
}
