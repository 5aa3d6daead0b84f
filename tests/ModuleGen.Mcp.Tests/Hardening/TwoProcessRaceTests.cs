using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Tests.Support;
using Xunit.Abstractions;

namespace ModuleGen.Mcp.Tests.Hardening;

/// <summary>Two real server processes on one workspace (two agent sessions, or the CLI beside a server) coordinate
/// through the workspace's OS locks: exactly one store_plan wins each race, automatic ports are never given twice, and
/// no run-log line is lost.</summary>
public sealed class TwoProcessRaceTests(TwoProcessRaceTests.Servers servers, ITestOutputHelper output) : IClassFixture<TwoProcessRaceTests.Servers>
{
    private const int PlanRaces = 50;

    [Fact]
    public async Task StorePlan_SameExpectedRevisionFromTwoProcesses_ExactlyOneWinsEveryRace()
    {
        var doubleWins = 0;
        for (var race = 0; race < PlanRaces; race++)
        {
            var module = $"race_{race}";
            var created = await Call(servers.A, "store_plan", new() { ["plan"] = HostileCorpus.Plan(module: module) });
            var revision = created.StructuredContent!.Value.GetProperty("revision").GetString();

            var results = await Task.WhenAll(
                Call(servers.A, "store_plan", new() { ["plan"] = HostileCorpus.Plan(b => b["description"] = "Variant A.", module), ["expected_revision"] = revision }),
                Call(servers.B, "store_plan", new() { ["plan"] = HostileCorpus.Plan(b => b["description"] = "Variant B.", module), ["expected_revision"] = revision }));

            var winners = results.Count(r => r.IsError != true);
            doubleWins += winners == 2 ? 1 : 0;
            winners.Should().Be(1, "race {0}: one revision, one winner", race);
            results.Single(r => r.IsError == true).StructuredContent!.Value.GetProperty("errors")[0].GetProperty("code").GetString()
                .Should().BeOneOf("plan.revision_conflict");
        }

        output.WriteLine($"store_plan races between two processes: {PlanRaces}, double wins: {doubleWins}");
    }

    [Fact]
    public async Task Scaffold_AutomaticPortsFromTwoProcesses_AreDistinctAndBothRegistered()
    {
        var ports = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            var results = await Task.WhenAll(
                Call(servers.A, "scaffold", Scaffold($"ports_a{i}")),
                Call(servers.B, "scaffold", Scaffold($"ports_b{i}")));

            results.Should().OnlyContain(r => r.IsError != true, string.Join("\n", results.Select(r => r.Content.OfType<TextContentBlock>().FirstOrDefault()?.Text)));
            ports.AddRange(results.Select(PortOf));
        }

        output.WriteLine($"automatic ports from two processes: {string.Join(", ", ports)}");
        ports.Should().OnlyHaveUniqueItems();
        var registry = File.ReadAllText(Path.Join(servers.Workspace.Root, "workspace.yaml"));
        for (var i = 0; i < 4; i++)
        {
            registry.Should().Contain($">>> modulegen:ports_a{i} >>>").And.Contain($">>> modulegen:ports_b{i} >>>");
        }
    }

    [Fact]
    public async Task RecordStep_FromTwoProcesses_NoLineLost()
    {
        (await Call(servers.A, "store_plan", new() { ["plan"] = HostileCorpus.Plan(module: "steps") })).IsError.Should().NotBe(true);

        var calls = Enumerable.Range(0, 40).Select(i => Call(i % 2 == 0 ? servers.A : servers.B, "record_step",
            new() { ["module"] = "steps", ["brick"] = "api", ["step"] = "implement", ["status"] = "failed", ["note"] = $"attempt {i}" }));
        var results = await Task.WhenAll(calls);

        results.Should().OnlyContain(r => r.IsError != true);
        var log = results[0].StructuredContent!.Value.GetProperty("log_path").GetString()!;
        var notes = File.ReadAllLines(Path.Join(servers.Workspace.Root, log)).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("note").GetString()).ToArray();
        output.WriteLine($"record_step from two processes: 40 calls, {notes.Length} lines");
        notes.Should().BeEquivalentTo(Enumerable.Range(0, 40).Select(i => $"attempt {i}"));
    }

    private static long PortOf(CallToolResult result)
    {
        var value = result.StructuredContent!.Value.GetProperty("variables").EnumerateArray()
            .Single(v => v.GetProperty("name").GetString() == "grpc_port").GetProperty("value");
        return value.ValueKind == JsonValueKind.Number ? value.GetInt64() : long.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, object?> Scaffold(string module) => new()
    {
        ["template"] = "dagster-module",
        ["target_dir"] = $"modules/{module}",
        ["variables"] = new Dictionary<string, object?> { ["module"] = module, ["grpc_port"] = "auto" },
        ["addons"] = new[] { "workspace" },
    };

    private static Task<CallToolResult> Call(McpClient client, string tool, Dictionary<string, object?> arguments) =>
        client.CallToolAsync(tool, arguments, cancellationToken: StdioServer.Deadline()).AsTask();

    /// <summary>Two server processes on one shared workspace, started once for the class.</summary>
    public sealed class Servers : IAsyncLifetime
    {
        private StdioServer? _a;
        private StdioServer? _b;

        public TempWorkspace Workspace { get; } = new();

        public McpClient A => _a!.Client;

        public McpClient B => _b!.Client;

        public async Task InitializeAsync()
        {
            Workspace.Write("workspace.yaml", "load_from:\n");
            var started = await Task.WhenAll(StdioServer.StartAsync(Workspace.Root), StdioServer.StartAsync(Workspace.Root));
            (_a, _b) = (started[0], started[1]);
        }

        public async Task DisposeAsync()
        {
            await _a!.DisposeAsync();
            await _b!.DisposeAsync();
            Workspace.Dispose();
        }
    }
}
