using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.AgentPath;

/// <summary>A temporary workspace with the composed server running in process, and the calls the agent-path tests make.</summary>
internal sealed class ToolSession : IAsyncDisposable
{
    private ToolSession(TempWorkspace workspace, InProcessServer server)
    {
        Workspace = workspace;
        Server = server;
    }

    public TempWorkspace Workspace { get; }

    public InProcessServer Server { get; }

    public static async Task<ToolSession> StartAsync()
    {
        var workspace = new TempWorkspace();
        return new ToolSession(workspace, await InProcess.StartAsync(workspace.Root));
    }

    /// <summary>Calls a tool that must succeed; returns its structured content.</summary>
    public async Task<JsonElement> Ok(string tool, JsonObject arguments)
    {
        var result = await Raw(tool, arguments);
        result.IsError.Should().NotBe(true, $"{tool}: {string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text))}");
        return result.StructuredContent!.Value;
    }

    /// <summary>Calls a tool that must refuse; returns its errors.</summary>
    public async Task<JsonElement[]> Refused(string tool, JsonObject arguments)
    {
        var result = await Raw(tool, arguments);
        result.IsError.Should().BeTrue($"{tool} should refuse: {result.StructuredContent}");
        return [.. result.StructuredContent!.Value.GetProperty("errors").EnumerateArray()];
    }

    public async Task<CallToolResult> Raw(string tool, JsonObject arguments) =>
        await Server.Client.CallToolAsync(tool, arguments.ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone()), cancellationToken: StdioServer.Deadline());

    /// <summary>A one-brick Dagster plan of <paramref name="module"/> generating into <paramref name="target"/>.</summary>
    public static JsonObject DagsterPlan(string module, string target, JsonObject? brickFields = null)
    {
        var brick = new JsonObject
        {
            ["name"] = "pipeline",
            ["description"] = "The Dagster project.",
            ["contract_path"] = $"ai_working/{module}/{module}.contract.md",
            ["spec_path"] = $"ai_working/{module}/{module}.impl_spec.md",
            ["target_dir"] = target,
            ["type"] = "dagster_module",
            ["template"] = "dagster-module",
            ["variables"] = new JsonObject { ["module"] = module },
            ["addons"] = new JsonArray("postgresql"),
        };
        foreach (var (name, value) in brickFields ?? [])
        {
            brick[name] = value?.DeepClone();
        }

        return new JsonObject { ["module"] = module, ["bricks"] = new JsonArray(brick) };
    }

    /// <summary>Writes the module's contract and spec (filled in, no skeleton markers).</summary>
    public void WriteDocuments(string module, params string[] bricks)
    {
        foreach (var name in bricks.Length == 0 ? [module] : bricks)
        {
            Workspace.Write($"ai_working/{module}/{name}.contract.md", $"# {name}\n\nWhat {name} promises.\n");
            Workspace.Write($"ai_working/{module}/{name}.impl_spec.md", $"# {name}\n\nHow {name} is built.\n");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Workspace.Dispose();
    }
}
