using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Tools;

/// <summary>The registry tools through the composed server, in process: behaviour, annotations and hostile input
/// (which is refused with its pointer and leaves the workspace tree as it was).</summary>
public sealed class RegistryToolsTests : IDisposable
{
    private const string LogFolder = ".modulegen/logs";
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task AddListValidateRemove_RoundTrip()
    {
        _ws.Write("workspace.yaml", "load_from:\n  - python_file: legacy.py\n");
        _ws.Write("legacy.py", "");
        var before = File.ReadAllBytes(Path.Join(_ws.Root, "workspace.yaml"));
        await using var server = await InProcess.StartAsync(_ws.Root);
        await Scaffold(server, "orders");

        var add = await Call(server, "workspace_add", new() { ["module"] = "orders" });
        var again = await Call(server, "workspace_add", new() { ["module"] = "orders" });
        var list = await Call(server, "workspace_list", []);
        var validate = await Call(server, "workspace_validate", []);
        var remove = await Call(server, "workspace_remove", new() { ["module"] = "orders" });

        add.StructuredContent!.Value.GetProperty("changed").GetBoolean().Should().BeTrue();
        again.StructuredContent!.Value.GetProperty("changed").GetBoolean().Should().BeFalse();
        Text(again).Should().StartWith("Nothing to do");
        list.StructuredContent!.Value.GetProperty("entries").EnumerateArray().Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("managed").GetBoolean()))
            .Should().Equal(("python_file", false), ("grpc_server", true));
        validate.StructuredContent!.Value.GetProperty("valid").GetBoolean().Should().BeTrue();
        remove.StructuredContent!.Value.GetProperty("files")[0].GetProperty("action").GetString().Should().Be("modify");
        File.ReadAllBytes(Path.Join(_ws.Root, "workspace.yaml")).Should().Equal(before);
    }

    [Fact]
    public async Task Sync_DryRun_ReturnsTheDiffAndWritesNothing()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);
        await Scaffold(server, "orders", "workspace");
        await Call(server, "workspace_remove", new() { ["module"] = "orders" });
        var before = _ws.TreeHash(LogFolder);

        var result = await Call(server, "workspace_sync", new() { ["dry_run"] = true });

        result.StructuredContent!.Value.GetProperty("files")[0].GetProperty("diff").GetString().Should().Contain("+      location_name: orders");
        _ws.TreeHash(LogFolder).Should().Be(before);
    }

    [Fact]
    public async Task Add_DryRunThenApplyWithItsId_WritesExactlyThePreview_AndAStaleIdIsRefused()
    {
        _ws.Write("workspace.yaml", "load_from:\n");
        await using var server = await InProcess.StartAsync(_ws.Root);
        await Scaffold(server, "orders");
        var before = _ws.TreeHash(LogFolder);

        var preview = await Call(server, "workspace_add", new() { ["module"] = "orders", ["dry_run"] = true });
        var id = preview.StructuredContent!.Value.GetProperty("change_set_id").GetString();

        _ws.TreeHash(LogFolder).Should().Be(before, "a dry run writes nothing");
        id.Should().NotBeNullOrEmpty();

        // Someone edits the registry after the preview: the apply with the old id refuses and writes nothing.
        _ws.Write("workspace.yaml", "load_from:\n  - python_file: other.py\n");
        _ws.Write("other.py", "");
        var edited = _ws.TreeHash(LogFolder);
        var stale = await server.Client.CallToolAsync("workspace_add", new Dictionary<string, object?> { ["module"] = "orders", ["change_set_id"] = id }, cancellationToken: StdioServer.Deadline());
        stale.IsError.Should().BeTrue(Text(stale));
        Text(stale).Should().Contain("change_set.stale");
        _ws.TreeHash(LogFolder).Should().Be(edited);

        // A fresh preview's id applies.
        var again = await Call(server, "workspace_add", new() { ["module"] = "orders", ["dry_run"] = true });
        var applied = await Call(server, "workspace_add", new() { ["module"] = "orders", ["change_set_id"] = again.StructuredContent!.Value.GetProperty("change_set_id").GetString() });
        applied.StructuredContent!.Value.GetProperty("changed").GetBoolean().Should().BeTrue();
    }

    public static TheoryData<string, string, string> HostileModules => new()
    {
        { "workspace_add", "../orders", "name.path_separator" },
        { "workspace_add", "modules/orders", "name.path_separator" },
        { "workspace_add", "", "name.empty" },
        { "workspace_add", "nul", "name.reserved" },
        { "workspace_add", "x\u0000y", "name.invalid_character" },
        { "workspace_add", "ghost", "module.not_found" },
        { "workspace_remove", "../../etc", "name.path_separator" },
        { "workspace_remove", new string('a', 300), "name.too_long" },
    };

    [Theory]
    [MemberData(nameof(HostileModules))]
    public async Task HostileModule_IsRefusedAtItsPointerAndNothingChanges(string tool, string module, string code)
    {
        _ws.Write("workspace.yaml", "load_from:\n");
        await using var server = await InProcess.StartAsync(_ws.Root);
        await Scaffold(server, "orders");
        var before = _ws.TreeHash(LogFolder);

        var result = await server.Client.CallToolAsync(tool, new Dictionary<string, object?> { ["module"] = module }, cancellationToken: StdioServer.Deadline());

        result.IsError.Should().BeTrue();
        var error = result.StructuredContent!.Value.GetProperty("errors")[0];
        error.GetProperty("code").GetString().Should().Be(code);
        error.GetProperty("pointer").GetString().Should().Be("/module");
        _ws.TreeHash(LogFolder).Should().Be(before);
    }

    [Theory]
    [InlineData("workspace_add")]
    [InlineData("workspace_remove")]
    [InlineData("workspace_sync")]
    [InlineData("workspace_list")]
    [InlineData("workspace_validate")]
    public async Task RegistryFileLinkedOutsideTheWorkspace_IsRefusedAndNothingChanges(string tool)
    {
        File.WriteAllText(Path.Join(_ws.Outside, "workspace.yaml"), "load_from:\n");
        _ws.Link("workspace.yaml", Path.Join(_ws.Outside, "workspace.yaml"));
        await using var server = await InProcess.StartAsync(_ws.Root);
        await Scaffold(server, "orders", "schedules");
        var before = _ws.TreeHash(LogFolder);

        var result = await server.Client.CallToolAsync(tool, tool is "workspace_add" or "workspace_remove" ? new Dictionary<string, object?> { ["module"] = "orders" } : [], cancellationToken: StdioServer.Deadline());

        result.IsError.Should().BeTrue();
        var error = result.StructuredContent!.Value.GetProperty("errors")[0];
        error.GetProperty("code").GetString().Should().Be("path.symlink_escape");
        error.GetProperty("pointer").GetString().Should().Be("/config/registry/files/0");
        _ws.TreeHash(LogFolder).Should().Be(before);
    }

    [Fact]
    public async Task RegistryFilesConfigLeavingTheWorkspace_IsRefused()
    {
        _ws.Write("modulegen.yaml", "registry:\n  files:\n    - ../outside/workspace.yaml\n");
        var before = _ws.TreeHash(LogFolder);
        await using var server = await InProcess.StartAsync(_ws.Root);

        var result = await server.Client.CallToolAsync("workspace_sync", cancellationToken: StdioServer.Deadline());

        result.StructuredContent!.Value.GetProperty("errors")[0].GetProperty("code").GetString().Should().Be("path.outside_workspace");
        _ws.TreeHash(LogFolder).Should().Be(before);
    }

    [Fact]
    public async Task Catalogue_HonestAnnotationsAndShortDescriptions()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);

        var tools = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).ToDictionary(t => t.Name, t => t.ProtocolTool);

        foreach (var name in new[] { "workspace_list", "workspace_validate", "workspace_add", "workspace_remove", "workspace_sync", "configure_deployment" })
        {
            var tool = tools[name];
            tool.Description!.Length.Should().BeLessThanOrEqualTo(200, name);
            tool.Description.Should().NotContain("registry.").And.NotContain("deploy.", "error codes travel in results, not descriptions");
            if (tool.InputSchema.TryGetProperty("properties", out var properties))
            {
                foreach (var parameter in properties.EnumerateObject())
                {
                    parameter.Value.GetProperty("description").GetString()!.Length.Should().BeLessThanOrEqualTo(80, $"{name}.{parameter.Name}");
                }
            }
        }

        tools["workspace_list"].Annotations!.ReadOnlyHint.Should().BeTrue();
        tools["workspace_validate"].Annotations!.ReadOnlyHint.Should().BeTrue();
        tools["workspace_add"].Annotations!.Should().Match<ToolAnnotations>(a => a.ReadOnlyHint == false && a.DestructiveHint == false && a.IdempotentHint == true);
        tools["workspace_remove"].Annotations!.DestructiveHint.Should().BeTrue();
        tools["workspace_sync"].Annotations!.DestructiveHint.Should().BeTrue();
        tools["configure_deployment"].Annotations!.Should().Match<ToolAnnotations>(a => a.DestructiveHint == true && a.IdempotentHint == true);
    }

    internal static async Task Scaffold(ModuleGen.Mcp.Hosting.InProcessServer server, string module, params string[] addons)
    {
        var result = await server.Client.CallToolAsync("scaffold", new Dictionary<string, object?>
        {
            ["template"] = "dagster-module",
            ["target_dir"] = $"modules/{module}",
            ["variables"] = new Dictionary<string, object?> { ["module"] = module },
            ["addons"] = addons,
        }, cancellationToken: StdioServer.Deadline());
        result.IsError.Should().NotBe(true, Text(result));
    }

    internal static async Task<CallToolResult> Call(ModuleGen.Mcp.Hosting.InProcessServer server, string tool, Dictionary<string, object?> args)
    {
        var result = await server.Client.CallToolAsync(tool, args, cancellationToken: StdioServer.Deadline());
        result.IsError.Should().NotBe(true, Text(result));
        return result;
    }

    internal static string Text(CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text));

    public void Dispose() => _ws.Dispose();
}
