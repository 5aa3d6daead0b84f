using System.Text.Json;
using ModuleGen.Mcp.Cli;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Corpus;

/// <summary>A workspace.yaml whose list is an empty flow list (<c>load_from: []</c>): the scaffold's workspace add-on
/// and workspace_add turn it into a block list holding the module's marker block, which PyYAML reads with the entry;
/// a second add changes nothing, the audit stays clean, and workspace_remove gives the file back byte for byte.</summary>
public sealed class EmptyFlowListTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public static TheoryData<string> Files => new()
    {
        "load_from: []\n",
        "load_from: [ ]",
        "# Code locations, one per team.\nload_from: [] # none yet\r\n",
    };

    [PythonTheory]
    [MemberData(nameof(Files))]
    public async Task Scaffold_AddsToTheEmptyFlowList_AndRemoveGivesItBackByteForByte(string before)
    {
        var registry = Path.Join(_ws.Root, "workspace.yaml");
        File.WriteAllText(registry, before);
        var bytes = File.ReadAllBytes(registry);

        var scaffold = await Run("new", "probe module", "--template", "dagster-module", "--addon", "workspace", "--workspace", _ws.Root);
        scaffold.Code.Should().Be(ExitCodes.Ok, scaffold.Stdout + scaffold.Stderr);
        var parsed = Python.Run(_ws.Root, "-c", "import sys, yaml; print([next(iter(e.values()))['location_name'] for e in yaml.safe_load(open(sys.argv[1]))['load_from']])", "workspace.yaml");
        parsed.Code.Should().Be(0, parsed.Output);
        parsed.Output.Trim().Should().Be("['probe_module']", File.ReadAllText(registry));

        var again = await Run("call", "workspace_add", "--args", """{"module": "probe_module"}""", "--workspace", _ws.Root);
        again.Code.Should().Be(ExitCodes.Ok, again.Stderr);
        JsonDocument.Parse(again.Stdout).RootElement.GetProperty("changed").GetBoolean().Should().BeFalse("the block already holds the entry");
        var audit = await Run("audit", "--format", "json", "--fail-on", "error", "--workspace", _ws.Root);
        audit.Code.Should().Be(ExitCodes.Ok, $"the audit is clean: {audit.Stdout}{audit.Stderr}");
        var sync = await Run("call", "workspace_sync", "--args", "{}", "--workspace", _ws.Root);
        JsonDocument.Parse(sync.Stdout).RootElement.GetProperty("changed").GetBoolean().Should().BeFalse(sync.Stdout);

        var removed = await Run("call", "workspace_remove", "--args", """{"module": "probe_module"}""", "--workspace", _ws.Root);
        removed.Code.Should().Be(ExitCodes.Ok, removed.Stderr);
        File.ReadAllBytes(registry).Should().Equal(bytes, "workspace_remove gives the flow list back byte for byte");

        var added = await Run("call", "workspace_add", "--args", """{"module": "probe_module"}""", "--workspace", _ws.Root);
        added.Code.Should().Be(ExitCodes.Ok, added.Stderr);
        File.ReadAllText(registry).Should().Contain("location_name: probe_module");
        (await Run("call", "workspace_remove", "--args", """{"module": "probe_module"}""", "--workspace", _ws.Root)).Code.Should().Be(ExitCodes.Ok);
        File.ReadAllBytes(registry).Should().Equal(bytes);
    }

    public void Dispose() => _ws.Dispose();

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
