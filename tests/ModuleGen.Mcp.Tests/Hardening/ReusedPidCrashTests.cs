using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Server;
using ModuleGen.Core.Registry;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Workspace;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;
using Serilog.Events;

namespace ModuleGen.Mcp.Tests.Hardening;

/// <summary>The crash a container makes likely: a commit killed half-way (strace kills the process at a chosen system
/// call), and the next ModuleGen process gets the same process id (every run starts in a new PID namespace, so the
/// server is always process 2). That next process must undo the dead commit before committing its own; a later
/// recovery must then find nothing to roll back — no newer registration may vanish.</summary>
public sealed class ReusedPidCrashTests
{
    private const string Traced = "trace=renameat,unlinkat";
    private static readonly TimeSpan s_deadline = TimeSpan.FromMinutes(2);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<string[]>> s_trace = new();

    [PidNamespaceTheory]
    [InlineData("renameat", "\"workspace.yaml\")")] // the registry file's rename: its backup exists, the file is not replaced yet
    [InlineData("unlinkat", "\"journal\", 0)")] // the journal's removal, the commit point: the file replaced, the journal still there
    public async Task CommitKilledAtASystemCall_NextProcessWithTheSameId_KeepsItsNewerRegistration(string syscall, string arguments)
    {
        using var ws = new TempWorkspace();
        Setup(ws);
        var nth = await NthCall(ws, syscall, arguments);

        var crashed = await Call(ws, ["-e", Traced, "-e", $"inject={syscall}:signal=KILL:when={nth}"], "alpha");
        var journals = Directory.Exists(Path.Join(ws.Root, StaleArtefacts.StagingFolder))
            ? Directory.EnumerateFiles(Path.Join(ws.Root, StaleArtefacts.StagingFolder), "journal", SearchOption.AllDirectories).ToArray()
            : [];
        journals.Should().ContainSingle($"the call was killed mid-commit at {syscall} #{nth} (exit {crashed.ExitCode}: {crashed.Output})");
        var killed = StaleArtefacts.OwnerOf(Path.GetFileName(Path.GetDirectoryName(journals[0]))!);

        var next = await Call(ws, ["-e", Traced], "delta");
        next.ExitCode.Should().Be(0, next.Output);
        Holder(ws).Should().StartWith($"process {killed} ", "the next process got the killed one's id (the lock file names its last holder)");

        var later = StaleArtefacts.Remove(ModuleGenWorkspace.Open(ws.Root).Value, _ => false); // a process that sees no owner alive
        var registry = ws.Read("workspace.yaml");
        var lost = registry.Contains("modulegen:delta", StringComparison.Ordinal) ? 0 : 1;
        Console.Error.WriteLine($"reused process id {killed}, killed at {syscall} #{nth}: lost commits after recovery {lost}, kept by recovery {later.Failed.Count}");
        later.Failed.Should().BeEmpty();
        registry.Should().Contain("modulegen:delta").And.NotContain("modulegen:alpha", "the killed registration was undone, the newer one kept");
    }

    /// <summary>Finds which call of <paramref name="syscall"/> (counted from 1) the registration makes with
    /// <paramref name="arguments"/>, from a trace of the same call on a copy of the workspace (traced once per run: every
    /// test starts from the same state).</summary>
    private static async Task<int> NthCall(TempWorkspace ws, string syscall, string arguments)
    {
        var calls = (await s_trace.GetOrAdd("alpha", _ => Trace(ws))).Where(l => l.Contains($" {syscall}(", StringComparison.Ordinal)).ToArray();

        // strace counts a system call's invocations per thread: count those of the thread that makes the one wanted.
        var wanted = Array.Find(calls, l => l.Contains($", {arguments}", StringComparison.Ordinal)) ?? "";
        wanted.Should().NotBeEmpty($"the traced call {syscall}(…{arguments}) is among: {string.Join(" | ", calls)}");
        var thread = wanted[..wanted.IndexOf(' ', StringComparison.Ordinal)];
        return calls.Where(l => l.StartsWith(thread + " ", StringComparison.Ordinal)).TakeWhile(l => l != wanted).Count() + 1;
    }

    private static async Task<string[]> Trace(TempWorkspace ws)
    {
        var copy = ws.Root + "-trace";
        var trace = copy + ".strace";
        (await ProcessRunner.RunAsync("cp", ws.Root, s_deadline, null, "-a", ws.Root, copy)).ExitCode.Should().Be(0);
        try
        {
            var run = await ProcessRunner.RunAsync(PidNamespaceTheoryAttribute.Prefix[0], copy, s_deadline, null,
                [.. PidNamespaceTheoryAttribute.Prefix[1..].Select(a => a == "/dev/null" ? trace : a), "-e", Traced, .. Command(copy, "alpha")]);
            run.ExitCode.Should().Be(0, run.Output);
            return File.ReadAllLines(trace);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
            File.Delete(trace);
        }
    }

    /// <summary>Runs `modulegen call workspace_add` for a module in a new PID namespace under strace with <paramref name="strace"/>.</summary>
    private static Task<(int ExitCode, string Output)> Call(TempWorkspace ws, string[] strace, string module) =>
        ProcessRunner.RunAsync(PidNamespaceTheoryAttribute.Prefix[0], ws.Root, s_deadline, null, [.. PidNamespaceTheoryAttribute.Prefix[1..], .. strace, .. Command(ws.Root, module)]);

    private static string[] Command(string workspace, string module) =>
        [StdioServer.Launch.Command, .. StdioServer.Launch.Prefix, "call", "workspace_add", "--args", new JsonObject { ["module"] = module }.ToJsonString(), "--workspace", workspace];

    private static string Holder(TempWorkspace ws) =>
        File.ReadAllText(Directory.EnumerateFiles(Path.Join(ws.Root, ModuleGen.Core.Common.KeyedLocks.LockFolder), "workspace-files-*.lock").Single());

    /// <summary>Scaffolds alpha and delta with the workspace add-on and unregisters both, so each call registers one.</summary>
    private static void Setup(TempWorkspace ws)
    {
        ws.Write("workspace.yaml", "load_from:\n");
        using var host = ServerComposition.Build(new ServerSettings(ws.Root, LogEventLevel.Fatal, LogEventLevel.Fatal),
            b => b.WithStreamServerTransport(Stream.Null, Stream.Null));
        var scaffold = host.Services.GetRequiredService<ScaffoldService>();
        var registry = host.Services.GetRequiredService<WorkspaceRegistryService>();
        foreach (var (module, port) in new[] { ("alpha", 4100L), ("delta", 4101L) })
        {
            var variables = new Dictionary<string, object?> { ["module"] = module, ["grpc_port"] = port };
            scaffold.Scaffold(new ScaffoldRequest("dagster-module", $"modules/{module}", variables, ["workspace"])).IsOk.Should().BeTrue();
            registry.Remove(new WorkspaceRemoveRequest(module)).IsOk.Should().BeTrue();
        }
    }
}
