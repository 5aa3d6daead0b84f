using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Mcp.Hosting;
using Serilog.Events;

namespace ModuleGen.Mcp.Tests.Prompts;

/// <summary>The prompts the server lists from their methods' attributes (made on first use) are described exactly as
/// the SDK describes them when it makes them at composition.</summary>
public sealed class PromptListingTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void ListedPrompts_AreTheSdksDescriptions()
    {
        var listed = Listed(reflect: false);

        listed.Should().Be(Listed(reflect: true));
        listed.Should().Contain("\"step_tasks\"").And.Contain("\"plan_module\"");
    }

    public void Dispose() => _ws.Dispose();

    private string Listed(bool reflect)
    {
        using var host = ServerComposition.Build(new ServerSettings(_ws.Root, LogEventLevel.Warning, LogEventLevel.Fatal), _ => { }, reflectTools: reflect);
        var prompts = host.Services.GetRequiredService<IOptions<McpServerOptions>>().Value.PromptCollection!
            .Select(p => p.ProtocolPrompt).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        var options = new JsonSerializerOptions(McpJsonUtilities.DefaultOptions) { WriteIndented = true };
        return JsonSerializer.Serialize(new ListPromptsResult { Prompts = prompts }, options.GetTypeInfo(typeof(ListPromptsResult)));
    }
}
