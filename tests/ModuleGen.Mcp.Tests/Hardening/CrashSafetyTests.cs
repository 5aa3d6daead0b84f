using System.Text.Json.Nodes;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Mcp.Tests.Hardening;

/// <summary>Kills the real server (SIGKILL) while write calls stream in — a handful of trials per scenario on one
/// workspace — and checks: every file is a complete old or new version; no temp or staging file sits among the content;
/// and the next server, before it answers its first tool call, has repaired interrupted commits and removed every stale
/// temp file and staging folder.</summary>
/// <remarks>The kill comes right after a chosen call has answered (trial k: after answer k), not after a random delay,
/// so the trials are deterministic in the order of events; every individual commit step is covered in process by
/// <c>CommitFaultTests</c> (a fault and a simulated crash at each step). Inputs are seeded (MODULEGEN_CRASH_SEED replays).</remarks>
public sealed class CrashSafetyTests
{
    public static TheoryData<string> Scenarios => new(All().Select(s => s.Name));

    [Fact]
    public void Scenarios_RunAHandfulOfKillTrials() => All().Sum(s => s.Trials).Should().BeGreaterThanOrEqualTo(12);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task KilledAtRandomPoints_LeavesCompleteVersions_AndTheNextStartCleansUp(string name)
    {
        var scenario = All().Single(s => s.Name == name);
        var seed = int.TryParse(Environment.GetEnvironmentVariable("MODULEGEN_CRASH_SEED"), out var s) ? s : 20261121;
        using var ws = new TempWorkspace();
        scenario.Prepare(ws);
        var killedDuringWork = 0;
        var leftBehind = 0;
        var mixed = 0;
        for (var trial = 0; trial < scenario.Trials; trial++)
        {
            var random = new Random(HashCode.Combine(seed, name.Length, trial));
            var where = $"scenario {name}, seed {seed}, trial {trial}";
            await using var server = await RawServer.StartAsync(ws.Root);
            var probe = await server.CallToolAsync("list_plans", []);
            probe.TryGetProperty("isError", out _).Should().BeFalse(where);
            Leftovers(ws).Should().BeEmpty($"the server cleans stale artefacts before its first tool call ({where})");
            mixed += scenario.IsMixed(ws) ? 1 : 0;

            var calls = await scenario.CallsAsync(random, server.CallToolAsync);
            var answers = calls.Select(c => server.Send("tools/call", new JsonObject { ["name"] = c.Tool, ["arguments"] = c.Arguments })).ToArray();
            await answers[trial % answers.Length];
            server.Kill();
            killedDuringWork += answers.Any(a => !a.IsCompleted) ? 1 : 0;

            scenario.Verify(ws).Should().BeEmpty(where);
            leftBehind += Leftovers(ws).Any() ? 1 : 0;
        }

        // How often a random kill lands mid-write depends on the machine's speed and load, so the clean-up is also
        // exercised deterministically: a dead writer's staging folder and temp file must be gone after the next start.
        var dead = DeadProcessId();
        Directory.CreateDirectory(Path.Join(ws.Root, StaleArtefacts.StagingFolder, $"{dead}-{Guid.NewGuid():N}", "modules"));
        var temp = Path.Join(ws.Root, "modules", $".planted.py.{dead}-{Guid.NewGuid():N}{AtomicFileWriter.TempSuffix}");
        Directory.CreateDirectory(Path.GetDirectoryName(temp)!);
        File.WriteAllText(temp, "half a file");
        Leftovers(ws).Should().HaveCountGreaterThanOrEqualTo(2, "the planted staging folder and temp file (and whatever the last kill left)");
        await using (var last = await RawServer.StartAsync(ws.Root))
        {
            await last.CallToolAsync("list_plans", []);
            Leftovers(ws).Should().BeEmpty($"the next start cleans up ({killedDuringWork} of {scenario.Trials} kills landed mid-call, {leftBehind} left artefacts behind)");
            mixed += scenario.IsMixed(ws) ? 1 : 0;
        }

        Console.Error.WriteLine($"SIGKILL trials {name}: {scenario.Trials}, mid-call kills {killedDuringWork}, mixed modules {mixed}");
        mixed.Should().Be(0, $"after the repair at the next start no module is a mix of two versions ({killedDuringWork} of {scenario.Trials} kills landed mid-call)");
    }

    /// <summary>Finds a process id no process has (Linux: no /proc entry), for planting a crashed writer's artefacts.</summary>
    private static int DeadProcessId()
    {
        var pid = 4_000_000;
        while (Directory.Exists($"/proc/{pid}"))
        {
            pid--;
        }

        return pid;
    }

    private static ICrashScenario[] All() => [new ScaffoldCrashScenario(), new StorePlanCrashScenario(), new WorkspaceAddCrashScenario()];

    private static IEnumerable<string> Leftovers(TempWorkspace ws)
    {
        var staging = Path.Join(ws.Root, StaleArtefacts.StagingFolder);
        var stagingLeft = Directory.Exists(staging) ? Directory.EnumerateFileSystemEntries(staging) : [];
        var temps = Directory.EnumerateFiles(ws.Root, "*", SearchOption.AllDirectories).Where(f => AtomicFileWriter.IsTempName(Path.GetFileName(f), out _));
        return stagingLeft.Concat(temps).Select(p => Path.GetRelativePath(ws.Root, p)).ToArray();
    }
}
