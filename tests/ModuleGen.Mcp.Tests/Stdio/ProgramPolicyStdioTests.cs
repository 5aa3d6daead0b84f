using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Stdio;

/// <summary>The execution policy over stdio, against the executable under test (the native one in CI), with stand-in
/// dg and uv on PATH recording whether they ran: off by default and the repository cannot switch it on (its own user
/// configuration, a tool argument); on with the user's flag, where dg passes, fails at a located error, hangs past the
/// timeout or is cancelled — its process group killed — runs through <c>uv run --frozen --no-sync</c>, and never
/// writes into the repository (file hashes and git status before and after); annotations follow the mode.</summary>
public sealed class ProgramPolicyStdioTests : IDisposable
{
    private const string Module = "orders";
    private const string Project = "modules/orders";

    private readonly TempWorkspace _ws = new();
    private readonly StandInDg _dg = new();
    private readonly string _home = Directory.CreateTempSubdirectory("modulegen-home-").FullName;

    [PosixFact]
    public async Task DgNotAllowed_NothingRunsWhateverTheRepositorySays()
    {
        // The repository ships a user configuration allowing dg, and the environment points at it.
        _ws.Write(".config/modulegen/config.yaml", "allow_exec: [dg]\n");
        await using var server = await StartAsync(new() { ["XDG_CONFIG_HOME"] = Path.Join(_ws.Root, ".config") });
        await PrepareAsync(server);

        (await Annotations(server, "verify_files")).ReadOnlyHint.Should().BeTrue("nothing can run, so the tool only reads");
        var refused = await server.Client.CallToolAsync("verify_files", new Dictionary<string, object?> { ["module"] = Module, ["allow_exec"] = "dg" }, cancellationToken: StdioServer.Deadline());
        refused.IsError.Should().BeTrue("a tool argument cannot allow a program");

        var check = DgCheck(await CallAsync(server, "verify_files", new() { ["module"] = Module }));
        check.GetProperty("status").GetString().Should().Be("not_run");
        check.GetProperty("detail").GetString().Should().Contain("inside the workspace").And.Contain("--allow-exec dg");
        var findings = (await CallAsync(server, "audit_workspace", new())).GetProperty("findings").EnumerateArray().ToArray();
        findings.Should().ContainSingle(f => f.GetProperty("rule_id").GetString() == "MG201").Which.GetProperty("severity").GetString().Should().Be("info");
        findings.Should().NotContain(f => f.GetProperty("rule_id").GetString() == "MG202");
        _dg.Calls().Should().BeEmpty("dg and uv never ran");
    }

    [PosixFact]
    public async Task DgAllowedByTheUser_PassesFailsTimesOutAndIsCancelledWithoutWritingIntoTheRepository()
    {
        await using var server = await StartAsync(new(), "--allow-exec", "dg", "--exec-timeout", "3");
        await PrepareAsync(server);
        await Git("init", "-q");
        await Git("add", "-A");
        await Git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "-m", "start");
        var annotations = await Annotations(server, "verify_files");
        (annotations.ReadOnlyHint, annotations.OpenWorldHint, annotations.DestructiveHint).Should().Be((false, true, false), "it runs the project's code");

        // Passes: both checks, run in the project folder with the no-write environment; the tree and git status unchanged.
        var hash = _ws.TreeHash(".modulegen/logs");
        var status = await Git("status", "--porcelain", "--untracked-files=all");
        var passed = await CallAsync(server, "verify_files", new() { ["module"] = Module, ["detail"] = true }); // passing checks are listed only on request
        Checks(passed).Select(c => (c.GetProperty("check").GetString(), c.GetProperty("status").GetString())).Should().Contain([("dg_check_defs", "passed"), ("dg_list_defs", "passed")]);
        _dg.Calls().Select(c => c.Arguments).Should().Equal("check defs", "list defs --json");
        _dg.Calls().Should().OnlyContain(c => c.Folder == Path.Join(_ws.Root, Project) && c.Environment.Contains("PYTHONDONTWRITEBYTECODE=1"));
        _ws.TreeHash(".modulegen/logs").Should().Be(hash);
        (await Git("status", "--porcelain", "--untracked-files=all")).Should().Be(status);

        // Fails: the error's file and line, in verify_files and as MG202 in the audit.
        _dg.Mode("fail");
        var failed = DgCheck(await CallAsync(server, "verify_files", new() { ["module"] = Module }));
        failed.GetProperty("status").GetString().Should().Be("failed");
        failed.GetProperty("location").GetProperty("file").GetString().Should().Be($"{Project}/src/orders/defs/assets.py");
        var error = (await CallAsync(server, "audit_workspace", new() { ["module"] = Module })).GetProperty("findings").EnumerateArray()
            .Should().ContainSingle(f => f.GetProperty("rule_id").GetString() == "MG202").Subject;
        (error.GetProperty("file").GetString(), error.GetProperty("line").GetInt32()).Should().Be(($"{Project}/src/orders/defs/assets.py", 7));

        // Hangs past the timeout: a warning, and the orphan it left in its process group is gone.
        _dg.Mode("hang");
        var stopped = DgCheck(await CallAsync(server, "verify_files", new() { ["module"] = Module }));
        (stopped.GetProperty("status").GetString(), stopped.GetProperty("code").GetString()).Should().Be(("warning", "verify.dg_incomplete"));
        StandInDg.Eventually(() => StandInDg.IsGone(_dg.OrphanPid!.Value), TimeSpan.FromSeconds(10)).Should().BeTrue();

        // Only uv on PATH, and the project has an environment: uv run --frozen --no-sync dg, never a sync.
        _dg.Mode("pass");
        _dg.HasDg(false);
        StandInDg.WriteProjectEnvironment(Path.Join(_ws.Root, Project));
        var before = _dg.Calls().Count;
        DgCheck(await CallAsync(server, "verify_files", new() { ["module"] = Module, ["detail"] = true })).GetProperty("status").GetString().Should().Be("passed");
        _dg.Calls().Skip(before).Select(c => (c.Program, c.Arguments)).Should().Equal(
            ("uv", "run --frozen --no-sync dg check defs"), ("uv", "run --frozen --no-sync dg list defs --json"));
    }

    [PosixFact]
    public async Task DgAllowedByTheEnvironment_CancelledCallKillsTheProcessGroupAndTheServerKeepsServing()
    {
        // Allowed through the environment, with a timeout far beyond the test: only the cancellation can stop dg.
        await using var server = await StartAsync(new() { ["MODULEGEN_ALLOW_EXEC"] = "dg", ["MODULEGEN_EXEC_TIMEOUT"] = "3600" });
        await PrepareAsync(server);
        _dg.Mode("hang");
        using var cancel = new CancellationTokenSource();

        var call = server.Client.CallToolAsync("verify_files", new Dictionary<string, object?> { ["module"] = Module }, cancellationToken: cancel.Token).AsTask();
        StandInDg.Eventually(() => _dg.OrphanPid is not null, StdioServer.Timeout).Should().BeTrue("dg started");
        cancel.Cancel();

        await call.Awaiting(c => c).Should().ThrowAsync<OperationCanceledException>();
        StandInDg.Eventually(() => StandInDg.IsGone(_dg.OrphanPid!.Value), StdioServer.Timeout).Should().BeTrue("the cancelled call's process group is killed");
        (await CallAsync(server, "list_plans", new())).GetProperty("plans").GetArrayLength().Should().Be(1, "the server keeps serving");
    }

    public void Dispose()
    {
        _ws.Dispose();
        _dg.Dispose();
        Directory.Delete(_home, recursive: true);
    }

    private Task<StdioServer> StartAsync(Dictionary<string, string?> environment, params string[] arguments)
    {
        // The user's own configuration and allowances never leak into the test.
        environment["HOME"] = _home;
        environment.TryAdd("XDG_CONFIG_HOME", Path.Join(_home, ".config"));
        environment.TryAdd("MODULEGEN_ALLOW_EXEC", null);
        environment.TryAdd("MODULEGEN_EXEC_TIMEOUT", null);
        environment["PATH"] = _dg.Folder + Path.PathSeparator + "/usr/bin:/bin";
        return StdioServer.StartAsync(_ws.Root, environment, arguments);
    }

    // A dg project planned as one brick, with its contract and spec filled in.
    private async Task PrepareAsync(StdioServer server)
    {
        _ws.Write($"{Project}/pyproject.toml", "[project]\nname = \"orders\"\n\n[tool.dg]\ndirectory_type = \"project\"\n\n[tool.dg.project]\nroot_module = \"orders\"\n");
        _ws.Write($"{Project}/src/orders/definitions.py", "import dagster as dg\n");
        _ws.Write($"ai_working/{Module}/orders.contract.md", "# orders\n\nLoads orders.\n");
        _ws.Write($"ai_working/{Module}/orders.impl_spec.md", "# orders\n\nReads the orders table.\n");
        var plan = JsonDocument.Parse($$"""
            {"module": "{{Module}}", "bricks": [{"name": "orders", "description": "Loads orders.", "contract_path": "ai_working/{{Module}}/orders.contract.md",
             "spec_path": "ai_working/{{Module}}/orders.impl_spec.md", "target_dir": "{{Project}}", "type": "python_module"}]}
            """).RootElement;
        await CallAsync(server, "store_plan", new() { ["plan"] = plan });
    }

    private static async Task<JsonElement> CallAsync(StdioServer server, string tool, Dictionary<string, object?> arguments)
    {
        var result = await server.Client.CallToolAsync(tool, arguments, cancellationToken: StdioServer.Deadline());
        result.IsError.Should().NotBe(true, string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text)));
        return result.StructuredContent!.Value;
    }

    private static IEnumerable<JsonElement> Checks(JsonElement verified) =>
        verified.GetProperty("bricks").EnumerateArray().SelectMany(b => b.GetProperty("checks").EnumerateArray());

    private static JsonElement DgCheck(JsonElement verified) => Checks(verified).Single(c => c.GetProperty("check").GetString() == "dg_check_defs");

    private static async Task<ToolAnnotations> Annotations(StdioServer server, string tool) =>
        (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).Single(t => t.Name == tool).ProtocolTool.Annotations!;

    private async Task<string> Git(params string[] args)
    {
        var (code, output) = await ProcessRunner.RunAsync("git", _ws.Root, TimeSpan.FromMinutes(1), null, args);
        code.Should().Be(0, output);
        return output;
    }
}
