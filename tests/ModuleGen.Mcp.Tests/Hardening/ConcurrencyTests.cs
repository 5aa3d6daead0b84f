using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModuleGen.Core.Workspace;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Hardening;

/// <summary>Parallel calls through one server that touch the same files are serialised: no update is lost, and parallel
/// scaffolds end in the same tree one scaffold makes.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task TwentyParallelRecordSteps_AppendTwentyLines()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);
        (await Call(server.Client, "store_plan", new() { ["plan"] = HostileCorpus.Plan() })).IsError.Should().NotBe(true);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Call(server.Client, "record_step", new() { ["module"] = "orders", ["brick"] = "api", ["step"] = "implement", ["status"] = "failed", ["note"] = $"attempt {i}" })));

        results.Should().OnlyContain(r => r.IsError != true);
        var log = results[0].StructuredContent!.Value.GetProperty("log_path").GetString()!;
        var notes = File.ReadAllLines(Path.Join(_ws.Root, log)).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("note").GetString()).ToArray();
        notes.Should().HaveCount(20).And.BeEquivalentTo(Enumerable.Range(0, 20).Select(i => $"attempt {i}"));
    }

    [Fact]
    public async Task ParallelScaffoldsOfOneModule_EndInTheTreeOneScaffoldMakes()
    {
        using var reference = new TempWorkspace();
        reference.Write("workspace.yaml", "load_from:\n");
        await using (var single = await InProcess.StartAsync(reference.Root))
        {
            (await Call(single.Client, "scaffold", Scaffold("orders"))).IsError.Should().NotBe(true);
        }

        _ws.Write("workspace.yaml", "load_from:\n");
        await using var server = await InProcess.StartAsync(_ws.Root);
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Call(server.Client, "scaffold", Scaffold("orders"))));

        results.Should().OnlyContain(r => r.IsError != true);
        results.Count(r => r.StructuredContent!.Value.GetProperty("counts").GetProperty("create").GetInt32() > 0).Should().Be(1, "the first scaffold creates, the others find it done");
        Content(_ws).Should().Equal(Content(reference));
    }

    [Fact]
    public async Task ParallelScaffoldsOfDifferentModules_InjectEveryBlock()
    {
        _ws.Write("workspace.yaml", "load_from:\n");
        await using var server = await InProcess.StartAsync(_ws.Root);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Call(server.Client, "scaffold", Scaffold($"module{i}", 4100 + i))));

        results.Should().OnlyContain(r => r.IsError != true);
        var registry = _ws.Read("workspace.yaml");
        foreach (var i in Enumerable.Range(0, 6))
        {
            registry.Should().Contain($">>> modulegen:module{i} >>>", "no injection may be lost");
        }
    }

    [Fact]
    public async Task ParallelRegistryEditsAndScaffolds_LoseNoBlock()
    {
        _ws.Write("workspace.yaml", "load_from:\n");
        await using var server = await InProcess.StartAsync(_ws.Root);
        foreach (var i in Enumerable.Range(0, 6))
        {
            (await Call(server.Client, "scaffold", Scaffold($"module{i}", 4100 + i))).IsError.Should().NotBe(true);
            (await Call(server.Client, "workspace_remove", new() { ["module"] = $"module{i}" })).IsError.Should().NotBe(true);
        }

        var adds = Enumerable.Range(0, 6).Select(i => Call(server.Client, "workspace_add", new() { ["module"] = $"module{i}" }));
        var scaffolds = Enumerable.Range(6, 3).Select(i => Call(server.Client, "scaffold", Scaffold($"module{i}", 4100 + i)));
        var results = await Task.WhenAll(adds.Concat(scaffolds));

        results.Should().OnlyContain(r => r.IsError != true);
        var registry = _ws.Read("workspace.yaml");
        foreach (var i in Enumerable.Range(0, 9))
        {
            registry.Should().Contain($">>> modulegen:module{i} >>>", "registry edits and scaffold injections share one lock; none may be lost");
        }

        var validation = await Call(server.Client, "workspace_validate", []);
        validation.StructuredContent!.Value.GetRawText().Should().NotContain("hand", "every block still matches its hash");
    }

    [Fact]
    public async Task ParallelStorePlans_OneWins_TheOthersConflict_AndTheWinnerIsStored()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Call(server.Client, "store_plan", new() { ["plan"] = HostileCorpus.Plan(b => b["description"] = $"Variant {i}.") })));

        var winners = results.Where(r => r.IsError != true).ToArray();
        winners.Should().ContainSingle();
        results.Where(r => r.IsError == true).Should().OnlyContain(r =>
            r.StructuredContent!.Value.GetProperty("errors")[0].GetProperty("code").GetString() == "plan.revision_conflict");
        var loaded = await Call(server.Client, "load_plan", new() { ["module"] = "orders" });
        loaded.StructuredContent!.Value.GetProperty("revision").GetString()
            .Should().Be(winners[0].StructuredContent!.Value.GetProperty("revision").GetString());
    }

    private static Dictionary<string, object?> Scaffold(string module, int port = 4100) => new()
    {
        ["template"] = "dagster-module",
        ["target_dir"] = $"modules/{module}",
        ["variables"] = new Dictionary<string, object?> { ["module"] = module, ["grpc_port"] = port },
        ["addons"] = new[] { "postgresql", "workspace" },
    };

    private static Task<CallToolResult> Call(McpClient client, string tool, Dictionary<string, object?> arguments) =>
        client.CallToolAsync(tool, arguments, cancellationToken: StdioServer.Deadline()).AsTask();

    private static string[] Content(TempWorkspace ws) =>
        Directory.EnumerateFiles(ws.Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(ws.Root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".modulegen/logs/", StringComparison.Ordinal) && !f.StartsWith(".modulegen/locks/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => f.StartsWith(StaleArtefacts.StagingFolder, StringComparison.Ordinal) ? $"LEFTOVER {f}" : $"{f}\n{File.ReadAllText(Path.Join(ws.Root, f))}")
            .ToArray();

    public void Dispose() => _ws.Dispose();
}
