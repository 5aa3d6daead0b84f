using System.Text;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Cli;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;
using Xunit.Abstractions;

namespace ModuleGen.Mcp.Tests.Hosting;

/// <summary>Tool sets, --tools and --read-only through the composed server: what tools/list shows, what a call of a
/// hidden tool or a writing argument answers, and that a workspace's modulegen.yaml narrows but never widens.</summary>
public sealed class ToolSurfaceTests(ITestOutputHelper output) : IDisposable
{
    private const string LogFolder = ".modulegen/logs";
    private readonly TempWorkspace _ws = new();

    public static TheoryData<string[], string[], string[]> Selections => new()
    {
        { [], [], ToolSets.AllTools.ToArray() },
        { ["minimal"], [], ["build_context", "describe_template", "scaffold", "verify_files"] },
        { ["context,audit"], [], ["audit_workspace", "build_context", "describe_template", "list_templates", "verify_files"] },
        { [], ["scaffold", "verify_files"], ["scaffold", "verify_files"] },
        { ["minimal"], ["update_module", "!verify_files"], ["build_context", "describe_template", "scaffold", "update_module"] },
        { [], ["!scaffold"], ToolSets.AllTools.Except(["scaffold"]).ToArray() },
        { ["default"], ["!scaffold,!update_module"], ToolSets.AllTools.Except(["scaffold", "update_module"]).ToArray() },
    };

    [Theory]
    [MemberData(nameof(Selections))]
    public void Select_SetsAndTools_GiveTheDocumentedSelection(string[] toolsets, string[] tools, string[] expected)
    {
        var selection = ToolSurface.Select(toolsets, tools);

        selection.Tools.Should().Equal(expected.Order(StringComparer.Ordinal));
        selection.UnknownSets.Should().BeEmpty();
        selection.UnknownTools.Should().BeEmpty();
    }

    [Fact]
    public void ToolSets_CoverEveryListedToolExactlyOnce()
    {
        ToolSets.Sets.SelectMany(s => s.Tools).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(ToolListFile.Load().Keys);
        ToolSets.MinimalTools.Should().BeSubsetOf(ToolSets.AllTools);
    }

    [Fact]
    public async Task ToolsList_Minimal_ListsItsFourTools_InNameOrder()
    {
        await using var server = await InProcess.StartAsync(InProcess.Settings(_ws.Root) with { Toolsets = ["minimal"] });

        var names = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).Select(t => t.Name);

        names.Should().Equal("build_context", "describe_template", "scaffold", "verify_files");
    }

    [Fact]
    public async Task ToolsList_ReadOnly_ListsOnlyToolsThatWriteNothing()
    {
        await using var server = await InProcess.StartAsync(InProcess.Settings(_ws.Root) with { ReadOnly = true });

        var tools = await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline());

        tools.Should().OnlyContain(t => t.ProtocolTool.Annotations!.ReadOnlyHint == true);
        tools.Select(t => t.Name).Should().Contain(["audit_workspace", "resolve_brick_specs", "build_context"])
            .And.NotContain(["scaffold", "update_module", "store_plan", "record_step", "workspace_add", "workspace_sync", "configure_deployment"]);
        Properties(tools.Single(t => t.Name == "audit_workspace")).Should().NotContain("report_path").And.Contain("format");
        Properties(tools.Single(t => t.Name == "resolve_brick_specs")).Should().NotContain("create_missing");
    }

    public static TheoryData<string, string, string> ReadOnlyRefusals => new()
    {
        { "scaffold", """{"template": "python-module", "target_dir": "modules/orders", "variables": {"module": "orders"}}""", "" },
        { "update_module", """{"target_dir": "modules/orders"}""", "" },
        { "store_plan", """{"plan": {"module": "orders", "bricks": []}}""", "" },
        { "record_step", """{"module": "orders", "brick": "loader", "step": "specs", "status": "done"}""", "" },
        { "workspace_sync", """{}""", "" },
        { "configure_deployment", """{"module": "orders", "name": "prod", "strategy": "git", "settings": {"host": "h"}}""", "" },
        { "audit_workspace", """{"format": "markdown", "report_path": "audit.md"}""", "/report_path" },
        { "resolve_brick_specs", """{"module": "orders", "create_missing": true}""", "/create_missing" },
    };

    [Theory]
    [MemberData(nameof(ReadOnlyRefusals))]
    public async Task Call_ReadOnly_WritingToolOrArgument_IsRefusedAndNothingIsWritten(string tool, string arguments, string pointer)
    {
        _ws.Write("modules/orders/README.md", "# orders\n");
        var before = _ws.TreeHash(LogFolder);
        await using var server = await InProcess.StartAsync(InProcess.Settings(_ws.Root) with { ReadOnly = true });

        var result = await server.Client.CallToolAsync(tool, Arguments(arguments), cancellationToken: StdioServer.Deadline());

        result.IsError.Should().BeTrue();
        var error = result.StructuredContent!.Value.GetProperty("errors")[0];
        error.GetProperty("code").GetString().Should().Be("server.read_only");
        error.GetProperty("pointer").GetString().Should().Be(pointer);
        _ws.TreeHash(LogFolder).Should().Be(before, $"a read-only server writes nothing for {tool}");
    }

    [Fact]
    public async Task Call_ReadOnly_WritingArgumentLeftOut_RunsTheTool()
    {
        await using var server = await InProcess.StartAsync(InProcess.Settings(_ws.Root) with { ReadOnly = true });

        var audit = await server.Client.CallToolAsync("audit_workspace", Arguments("""{"format": "json"}"""), cancellationToken: StdioServer.Deadline());
        var specs = await server.Client.CallToolAsync("resolve_brick_specs", Arguments("""{"module": "orders", "create_missing": false}"""), cancellationToken: StdioServer.Deadline());

        audit.IsError.Should().NotBe(true);
        Code(specs).Should().NotBe("server.read_only", "create_missing: false writes nothing");
    }

    [Fact]
    public async Task Call_ToolOutsideTheEnabledSets_IsRefusedNamingItsSet()
    {
        await using var server = await InProcess.StartAsync(InProcess.Settings(_ws.Root) with { Toolsets = ["context"] });

        var result = await server.Client.CallToolAsync("check_docs", Arguments("""{"module": "orders"}"""), cancellationToken: StdioServer.Deadline());

        Code(result).Should().Be("server.tool_disabled");
        Text(result).Should().Contain("--toolsets docs");
    }

    [Fact]
    public async Task Call_UnknownToolName_StillGetsTheProtocolError()
    {
        await using var server = await InProcess.StartAsync(InProcess.Settings(_ws.Root) with { ReadOnly = true });

        var call = () => server.Client.CallToolAsync("no_such_tool", cancellationToken: StdioServer.Deadline()).AsTask();

        await call.Should().ThrowAsync<McpProtocolException>();
    }

    public static TheoryData<string, string[], string[], bool, string[]> Narrowing => new()
    {
        // modulegen.yaml's server: section, the user's --toolsets and --tools, --read-only, what tools/list shows
        { "server:\n  toolsets: [context]\n", [], [], false, ["build_context", "describe_template", "list_templates"] },
        { "server:\n  toolsets: [context]\n", ["minimal"], [], false, ["build_context", "describe_template"] },
        { "server:\n  tools: ['!scaffold']\n", ["minimal"], [], false, ["build_context", "describe_template", "verify_files"] },
        { "server:\n  toolsets: [registry, scaffold]\n", ["minimal"], [], false, ["scaffold"] },
        { "server:\n  tools: [update_module]\n", [], ["scaffold"], false, [] },
        { "server:\n  read_only: true\n", ["minimal"], [], false, ["build_context", "describe_template", "verify_files"] },
        { "server:\n  read_only: false\n", ["minimal"], [], true, ["build_context", "describe_template", "verify_files"] },
    };

    [Theory]
    [MemberData(nameof(Narrowing))]
    public async Task ToolsList_WorkspaceConfig_NarrowsTheUsersChoice_NeverWidensIt(string config, string[] toolsets, string[] tools, bool readOnly, string[] expected)
    {
        _ws.Write("modulegen.yaml", config);
        await using var server = await InProcess.StartAsync(InProcess.Settings(_ws.Root) with { Toolsets = toolsets, Tools = tools, ReadOnly = readOnly });

        var names = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).Select(t => t.Name);

        names.Should().Equal(expected);
    }

    [Fact]
    public async Task ToolsList_CliInProcessServer_IgnoresTheWorkspaceServerSection()
    {
        _ws.Write("modulegen.yaml", "server:\n  read_only: true\n  toolsets: [docs]\n");
        await using var server = await InProcess.StartAsync(InProcess.Settings(_ws.Root) with { NarrowByWorkspace = false });

        var tools = await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline());

        tools.Should().HaveCount(ToolSets.AllTools.Count, "modulegen.yaml's server: section configures `modulegen serve`, not the CLI");
    }

    [Fact]
    public async Task Call_WorkspaceConfigNamesAnUnknownSet_EveryCallReportsIt()
    {
        _ws.Write("modulegen.yaml", "server:\n  toolsets: [context, scafold]\n");
        await using var server = await InProcess.StartAsync(InProcess.Settings(_ws.Root));

        var result = await server.Client.CallToolAsync("build_context", Arguments("""{"module": "orders"}"""), cancellationToken: StdioServer.Deadline());

        var error = result.StructuredContent!.Value.GetProperty("errors")[0];
        error.GetProperty("code").GetString().Should().Be("config.invalid_value");
        error.GetProperty("pointer").GetString().Should().Be("/server/toolsets/1");
        error.GetProperty("found").GetString().Should().Be("scafold");
    }

    [Theory]
    [InlineData("--toolsets", "scafold", "'scaffold'")]
    [InlineData("--tools", "!verify_file", "'verify_files'")]
    public async Task Serve_UnknownSetOrTool_IsAUsageErrorWithTheClosestName(string option, string value, string suggestion)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["serve", "--workspace", _ws.Root, option, value], stdout, stderr);

        code.Should().Be(ExitCodes.Usage);
        stderr.ToString().Should().Contain(suggestion);
        stdout.ToString().Should().BeEmpty("stdout is the protocol channel");
    }

    [Fact]
    public async Task ToolsList_SizePerSet_MinimalIsAFractionOfTheWhole()
    {
        var sizes = new List<(string Set, int Tools, int Bytes)>();
        foreach (var set in ToolSets.Sets.Select(s => s.Name).Append(ToolSets.Minimal).Append(ToolSets.Default))
        {
            sizes.Add(await ListSize(InProcess.Settings(_ws.Root) with { Toolsets = [set] }, set));
        }

        sizes.Add(await ListSize(InProcess.Settings(_ws.Root) with { ReadOnly = true }, "default, --read-only"));
        foreach (var (set, tools, bytes) in sizes)
        {
            output.WriteLine($"| `{set}` | {tools} | {bytes:N0} |");
        }

        var all = sizes.Single(s => s.Set == ToolSets.Default).Bytes;
        sizes.Single(s => s.Set == ToolSets.Minimal).Bytes.Should().BeLessThan(all / 4, "minimal is the shortest path's four tools");
    }

    public void Dispose() => _ws.Dispose();

    private static async Task<(string, int, int)> ListSize(ServerSettings settings, string label)
    {
        await using var server = await InProcess.StartAsync(settings);
        var tools = await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline());
        var answer = new ListToolsResult { Tools = [.. tools.Select(t => t.ProtocolTool)] };
        return (label, tools.Count, Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(answer, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ListToolsResult)))));
    }

    private static IEnumerable<string> Properties(ModelContextProtocol.Client.McpClientTool tool) =>
        tool.ProtocolTool.InputSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name);

    private static Dictionary<string, object?> Arguments(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!.ToDictionary(p => p.Key, p => (object?)p.Value);

    private static string? Code(CallToolResult result) =>
        result.IsError is true ? result.StructuredContent!.Value.GetProperty("errors")[0].GetProperty("code").GetString() : null;

    private static string Text(CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text));
}
