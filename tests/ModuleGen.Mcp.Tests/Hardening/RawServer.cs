using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Hardening;

/// <summary>Starts the built executable and speaks raw JSON-RPC lines over its stdin/stdout (no SDK client), for
/// malformed input and for killing the process at will. Every stdout line is kept so tests can check it is JSON-RPC.</summary>
internal sealed class RawServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Task _reader;

    private RawServer(Process process)
    {
        _process = process;
        _reader = Task.Run(ReadAsync);
        _ = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Gets every line the server wrote to stdout so far.</summary>
    public IReadOnlyCollection<string> Lines => _lines;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the server under test (<see cref="StdioServer.Launch"/>) with --workspace and completes the handshake.</summary>
    public static async Task<RawServer> StartAsync(string workspace)
    {
        var start = new ProcessStartInfo(StdioServer.Launch.Command)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workspace,
        };
        foreach (var argument in (string[])[.. StdioServer.Launch.Prefix, "--workspace", workspace])
        {
            start.ArgumentList.Add(argument);
        }

        var server = new RawServer(Process.Start(start)!);
        await server.RequestAsync("initialize", new JsonObject
        {
            ["protocolVersion"] = "2025-06-18",
            ["capabilities"] = new JsonObject(),
            ["clientInfo"] = new JsonObject { ["name"] = "hardening", ["version"] = "1" },
        });
        await server.SendAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        return server;
    }

    /// <summary>Writes one raw line (anything, even invalid JSON).</summary>
    public async Task SendAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Writes one line of raw bytes (which need not be valid UTF-8) and a newline.</summary>
    public async Task SendBytesAsync(byte[] line)
    {
        await _process.StandardInput.FlushAsync();
        var stream = _process.StandardInput.BaseStream;
        await stream.WriteAsync(line.Append((byte)'\n').ToArray());
        await stream.FlushAsync();
    }

    /// <summary>Sends a request with a fresh id and returns the task of its response (the whole message).</summary>
    public Task<JsonElement> Send(string method, JsonNode? parameters = null, string? id = null)
    {
        id ??= Guid.NewGuid().ToString("N");
        var waiter = Expect(id);
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = parameters;
        }

        _ = SendAsync(message.ToJsonString());
        return waiter;
    }

    /// <summary>Sends a request and waits for its response, within the stdio timeout.</summary>
    public async Task<JsonElement> RequestAsync(string method, JsonNode? parameters = null, string? id = null) =>
        await Send(method, parameters, id).WaitAsync(StdioServer.Timeout);

    /// <summary>Calls a tool and returns the response's result (an isError result is a result too).</summary>
    public async Task<JsonElement> CallToolAsync(string tool, JsonObject arguments) =>
        (await RequestAsync("tools/call", new JsonObject { ["name"] = tool, ["arguments"] = arguments })).GetProperty("result");

    /// <summary>Returns the task that completes when a response with this id arrives.</summary>
    public Task<JsonElement> Expect(string id) => _pending.GetOrAdd(id, _ => new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Closes the server's stdin, as a client does when it is done, and waits up to <paramref name="deadline"/>
    /// for the process to exit; returns whether it did.</summary>
    public bool CloseInputAndWaitForExit(TimeSpan deadline)
    {
        _process.StandardInput.Close();
        return _process.WaitForExit(deadline);
    }

    /// <summary>Gets the process's exit code, once it has exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Kills the process with SIGKILL: no clean-up of any kind runs.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.WaitForExit(10_000);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(10_000))
            {
                Kill();
            }
        }

        await _reader.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        _process.Dispose();
    }

    private async Task ReadAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            _lines.Enqueue(line);
            try
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                {
                    _pending.GetOrAdd(id.ToString(), _ => new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously))
                        .TrySetResult(document.RootElement.Clone());
                }
            }
            catch (JsonException)
            {
                // Kept in Lines; the purity assertion reports it.
            }
        }
    }
}
