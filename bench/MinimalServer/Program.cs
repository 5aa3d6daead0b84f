using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol.Server;

// The SDK's stdio sample reduced to one tool: the floor for "process start -> initialize and tools/list answered".
var builder = Host.CreateEmptyApplicationBuilder(settings: null);
builder.Services.AddMcpServer(options => options.ServerInfo = new() { Name = "minimal", Version = "1.0.0" })
    .WithStdioServerTransport()
    .WithTools<EchoTool>();
await builder.Build().RunAsync();

/// <summary>The one tool.</summary>
[McpServerToolType]
internal sealed class EchoTool
{
    [McpServerTool(Name = "echo", ReadOnly = true), Description("Echoes the message back.")]
    public static string Echo([Description("The message to echo.")] string message) => message;
}
