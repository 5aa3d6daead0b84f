using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Tools;

/// <summary>Hostile input gets isError naming the offending value, and nothing in the workspace changes (the call
/// log under .modulegen/logs is the only file a refused call may add).</summary>
public sealed class HostileInputTests : IDisposable
{
    private const string LogFolder = ".modulegen/logs";
    private readonly TempWorkspace _ws = new();

    public static TheoryData<string, string, string> HostileNames => new()
    {
        { "../x", "name.path_separator", "../x" },
        { "a/b", "name.path_separator", "a/b" },
        { "", "name.empty", "is empty" },
        { "con", "name.reserved", "con" },
        { new string('m', 300), "name.too_long", "300" },
        { "x\0y", "name.invalid_character", "U+0000" },
    };

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task BuildContext_HostileModuleName_IsRefusedAndNothingIsWritten(string module, string code, string named)
    {
        _ws.Write("modules/existing/README.md", "keep\n");
        var before = _ws.TreeHash(LogFolder);
        await using var server = await InProcess.StartAsync(_ws.Root);

        var result = await server.Client.CallToolAsync("build_context", new Dictionary<string, object?> { ["module"] = module }, cancellationToken: StdioServer.Deadline());

        result.IsError.Should().BeTrue();
        var error = result.StructuredContent!.Value.GetProperty("errors")[0];
        error.GetProperty("code").GetString().Should().Be(code);
        error.GetProperty("pointer").GetString().Should().Be("/module");
        error.GetProperty("message").GetString().Should().Contain(named);
        _ws.TreeHash(LogFolder).Should().Be(before);
    }

    [Fact]
    public async Task BuildContext_ModuleRootIsALinkOutOfTheWorkspace_IsRefusedAndNothingIsWritten()
    {
        File.WriteAllText(Path.Join(_ws.Outside, "secret.txt"), "outside\n");
        _ws.Link("modules", _ws.Outside);
        var before = _ws.TreeHash(LogFolder);
        await using var server = await InProcess.StartAsync(_ws.Root);

        var result = await server.Client.CallToolAsync("build_context", new Dictionary<string, object?> { ["module"] = "orders" }, cancellationToken: StdioServer.Deadline());

        result.IsError.Should().BeTrue();
        var error = result.StructuredContent!.Value.GetProperty("errors")[0];
        error.GetProperty("code").GetString().Should().Be("path.symlink_escape");
        error.GetProperty("message").GetString().Should().Contain("'modules'");
        _ws.TreeHash(LogFolder).Should().Be(before);
    }

    public void Dispose() => _ws.Dispose();
}
