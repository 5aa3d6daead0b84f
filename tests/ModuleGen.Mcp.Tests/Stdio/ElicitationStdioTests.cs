using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Stdio;

/// <summary>A scaffold lacking its module name, over stdio against the executable under test (CI: the native build),
/// with the SDK's client on the current revision (multi round-trip), on 2025-11-25 (classic elicitation) and without the
/// elicitation capability (refused as before).</summary>
public sealed class ElicitationStdioTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Theory]
    [InlineData(null, true)]
    [InlineData("2025-11-25", true)]
    [InlineData(null, false)]
    public async Task Scaffold_MissingModule_IsAskedForOnlyWhenTheClientCanAsk(string? protocol, bool canAsk)
    {
        var asked = 0;
        var options = new McpClientOptions { ProtocolVersion = protocol };
        if (canAsk)
        {
            options.Handlers = new McpClientHandlers
            {
                ElicitationHandler = (form, _) =>
                {
                    Interlocked.Increment(ref asked);
                    return ValueTask.FromResult(new ElicitResult { Action = "accept", Content = new Dictionary<string, JsonElement> { ["module"] = JsonSerializer.SerializeToElement("orders") } });
                },
            };
        }

        await using var server = await StdioServer.StartAsync(_ws.Root, null, options);
        var result = await server.Client.CallToolAsync("scaffold", new Dictionary<string, object?> { ["template"] = "python-module", ["target_dir"] = "modules/orders" }, cancellationToken: StdioServer.Deadline());

        asked.Should().Be(canAsk ? 1 : 0);
        result.IsError.Should().Be(canAsk ? null : true, string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text)));
        _ws.Exists("modules/orders/.modulegen-answers.yaml").Should().Be(canAsk);
        if (!canAsk)
        {
            result.StructuredContent!.Value.GetProperty("errors")[0].GetProperty("code").GetString().Should().Be("scaffold.variable_required");
        }
    }

    public void Dispose() => _ws.Dispose();
}
