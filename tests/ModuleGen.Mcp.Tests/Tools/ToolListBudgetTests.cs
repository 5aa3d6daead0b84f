using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModuleGen.Core.Common;
using ModuleGen.Mcp.Tests.Support;
using Xunit.Abstractions;

namespace ModuleGen.Mcp.Tests.Tools;

/// <summary>Guards what the tool catalogue costs in every client's context: the whole tools/list answer stays under
/// 20 KB and under the Node filesystem reference server's ~930 bytes per tool, with room for more tools.</summary>
public sealed class ToolListBudgetTests(ITestOutputHelper output) : IDisposable
{
    private const int MaxTotalBytes = 20 * 1000;
    private const int MaxBytesPerTool = 930;
    private const int MaxDescription = 200;
    private const int MaxParameterDescription = 80;

    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task ToolsList_SerializedAsOnTheWire_StaysWithinTheBudget()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);
        var tools = await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline());

        // The server writes the answer with the SDK's serializer options; re-serialize the tools it sent the same way.
        var answer = new ListToolsResult { Tools = [.. tools.Select(t => t.ProtocolTool)] };
        var bytes = Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(answer, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ListToolsResult))));

        output.WriteLine($"tools/list: {tools.Count} tools, {bytes} bytes, {bytes / tools.Count} bytes per tool");
        tools.Should().NotBeEmpty();
        bytes.Should().BeLessThan(MaxTotalBytes, "the whole catalogue is read into every session's context");
        (bytes / tools.Count).Should().BeLessThanOrEqualTo(MaxBytesPerTool, $"{tools.Count} tools take {bytes} bytes");
    }

    [Fact]
    public async Task EveryDescription_IsShortAndStartsWithWhatTheToolDoes()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);

        foreach (var tool in await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline()))
        {
            tool.Description.Length.Should().BeLessThanOrEqualTo(MaxDescription, tool.Name);
            tool.Description.Should().MatchRegex("^[A-Z][a-z]+s ", $"{tool.Name}: the first sentence says what it does ('Lists …')");
            foreach (var parameter in tool.ProtocolTool.InputSchema.GetProperty("properties").EnumerateObject())
            {
                parameter.Value.GetProperty("description").GetString()!.Length.Should().BeLessThanOrEqualTo(MaxParameterDescription, $"{tool.Name}.{parameter.Name}");
            }
        }
    }

    [Fact]
    public async Task NoDescription_ListsErrorCodes()
    {
        // Error results carry code, pointer, message and hint; repeating codes in descriptions only costs context.
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .SelectMany(code => new[] { code, code.Split('.')[0] + ".*" })
            .ToHashSet();
        await using var server = await InProcess.StartAsync(_ws.Root);

        foreach (var tool in await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline()))
        {
            var texts = tool.ProtocolTool.InputSchema.GetProperty("properties").EnumerateObject()
                .Select(p => p.Value.GetProperty("description").GetString()!)
                .Prepend(tool.Description);
            foreach (var text in texts)
            {
                Regex.IsMatch(text, @"\bErrors?:").Should().BeFalse($"{tool.Name}: {text}");
                codes.Where(c => text.Contains(c, StringComparison.Ordinal)).Should().BeEmpty($"{tool.Name}: {text}");
            }
        }
    }

    public void Dispose() => _ws.Dispose();
}
