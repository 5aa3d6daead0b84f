using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModuleGen.Mcp.Hosting;
using Serilog.Events;

namespace ModuleGen.Benchmarks;

/// <summary>Times single tool calls through the whole protocol stack — the SDK client, JSON-RPC over in-memory pipes,
/// the server with its filters and call log — one call at a time, and prints p50/p90/p99/max per tool, plus the size
/// and latency of tools/list (the first, cold one, which creates the tools, and the warm ones).</summary>
internal static class LatencyRunner
{
    public static async Task<int> RunAsync(int calls)
    {
        var root = Fixtures.NewWorkspace("latency");
        var plan = Fixtures.Plan(50);
        await using var server = await InProcessServer.StartAsync(new ServerSettings(root, LogEventLevel.Warning, LogEventLevel.Fatal), CancellationToken.None);
        var client = server.Client;

        var cold = Stopwatch.StartNew();
        var tools = await client.ListToolsAsync();
        cold.Stop();
        var listed = await client.SendRequestAsync<ModelContextProtocol.Protocol.ListToolsRequestParams, ModelContextProtocol.Protocol.ListToolsResult>(
            "tools/list", new(), McpJsonUtilities.DefaultOptions, cancellationToken: CancellationToken.None);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(listed, McpJsonUtilities.DefaultOptions).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tools/list: {tools.Count} tools, {bytes} bytes of JSON ({bytes / tools.Count} per tool); first (cold) call {cold.Elapsed.TotalMilliseconds:F1} ms"));

        Report("refused call (protocol, filters, call log)", await Time(calls, () => client.CallToolAsync("build_context", new Dictionary<string, object?> { ["module"] = 5 }).AsTask()));
        Report("list_templates (a tool doing little)", await Time(calls, () => Call(client, "list_templates", [])));
        Report("tools/list", await Time(Math.Min(calls, 500), () => client.ListToolsAsync().AsTask()));
        Report("build_context", await Time(calls, () => Call(client, "build_context", new() { ["module"] = "customer orders" })));
        Report("validate_plan (50 bricks)", await Time(calls, () => Call(client, "validate_plan", new() { ["plan"] = plan })));
        Report("scaffold dry run (dagster-module, 5 add-ons)", await Time(calls, () => Call(client, "scaffold", new()
        {
            ["template"] = "dagster-module",
            ["target_dir"] = "modules/orders",
            ["variables"] = new Dictionary<string, object?> { ["module"] = "orders", ["grpc_port"] = 4100 },
            ["addons"] = new[] { "postgresql", "schedules", "deploy-git", "deploy-rsync", "workspace" },
            ["dry_run"] = true,
        })));
        Directory.Delete(root, recursive: true);
        return 0;
    }

    private static async Task<object> Call(McpClient client, string tool, Dictionary<string, object?> arguments)
    {
        var result = await client.CallToolAsync(tool, arguments);
        return result.IsError is true ? throw new InvalidOperationException($"{tool} failed: {string.Join(" ", result.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Select(t => t.Text))}") : result;
    }

    private static async Task<double[]> Time<T>(int calls, Func<Task<T>> call)
    {
        for (var i = 0; i < Math.Max(20, calls / 10); i++)
        {
            await call();
        }

        var timings = new double[calls];
        for (var i = 0; i < calls; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call();
            timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(timings);
        return timings;
    }

    private static void Report(string label, double[] sorted)
    {
        double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Floor(p * sorted.Length))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-46} calls={sorted.Length,5} p50={At(0.50),8:F3} ms p90={At(0.90),8:F3} ms p99={At(0.99),8:F3} ms max={sorted[^1],8:F3} ms"));
    }
}
