using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;
using ModuleGen.Core.Common;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;
using Serilog.Events;

namespace ModuleGen.Mcp.Tests.Tools;

/// <summary>Keeps <c>Tools/tool-list.json</c>, which the server lists its tools from, identical to what the SDK derives
/// from the tool methods. After changing a tool's signature, description or result type, rebuild the file with
/// <c>MODULEGEN_UPDATE_TOOL_LIST=1 dotnet test tests/ModuleGen.Mcp.Tests --filter ToolListFileTests</c>.</summary>
public sealed class ToolListFileTests : IDisposable
{
    private const string UpdateVariable = "MODULEGEN_UPDATE_TOOL_LIST";
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void CatalogueFile_IsWhatTheToolMethodsDescribe()
    {
        var derived = ToolListFile.Serialize(ListedTools(reflect: true));
        var path = Path.Join(RepoPaths.Root, "src", "ModuleGen.Mcp", "Tools", "tool-list.json");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, derived);
        }

        File.ReadAllText(path).Should().Be(derived, $"the file must follow the tool methods; rebuild it with {UpdateVariable}=1");
    }

    [Fact]
    public void ServerComposedFromTheCatalogue_ListsTheSameToolsAsTheReflectiveOne()
    {
        ToolListFile.Serialize(ListedTools(reflect: false)).Should().Be(ToolListFile.Serialize(ListedTools(reflect: true)));
    }

    [Fact]
    public void EmbeddedCatalogue_HoldsEveryToolOnce_SortedByName()
    {
        var names = ToolListFile.Load().Keys.ToList();

        names.Should().HaveCount(25).And.OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
    }

    public void Dispose() => _ws.Dispose();

    /// <summary>The tools a composed server lists, sorted by name (the file's order).</summary>
    private IEnumerable<ModelContextProtocol.Protocol.Tool> ListedTools(bool reflect)
    {
        using var host = ServerComposition.Build(new ServerSettings(_ws.Root, LogEventLevel.Warning, LogEventLevel.Fatal), _ => { }, reflectTools: reflect);
        var tools = host.Services.GetRequiredService<IOptions<McpServerOptions>>().Value.ToolCollection!;
        return tools.Select(t => t.ProtocolTool).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
    }
}
