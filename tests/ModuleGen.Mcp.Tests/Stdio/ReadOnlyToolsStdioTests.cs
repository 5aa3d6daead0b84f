using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Tests.Support;
using Xunit.Abstractions;

namespace ModuleGen.Mcp.Tests.Stdio;

/// <summary>What "read-only" means, checked over stdio against the executable under test: every tool tools/list
/// annotates <c>readOnlyHint: true</c> is called with its usual arguments on a scratch workspace holding a scaffolded
/// Dagster module, its plan and brick documents, and changes no file outside ModuleGen's own log and lock folders.
/// What each call touched is printed, so a new tool, or a tool that starts writing, is seen here first.</summary>
public sealed class ReadOnlyToolsStdioTests(ITestOutputHelper output) : IDisposable
{
    private const string Module = "orders";

    /// <summary>ModuleGen's own folders a read-only call may write: the call log and rolling log, and lock files.</summary>
    private static readonly string[] s_ownFolders = [".modulegen/logs/", ".modulegen/locks/"];

    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task EveryReadOnlyTool_WithItsUsualArguments_ChangesNothingOutsideTheLogAndLockFolders()
    {
        await using var server = await StdioServer.StartAsync(_ws.Root);
        await PrepareAsync(server);
        var usual = UsualArguments();
        var readOnly = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline()))
            .Where(t => t.ProtocolTool.Annotations?.ReadOnlyHint == true).Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();
        readOnly.Should().BeSubsetOf(usual.Keys, "every read-only tool needs its usual arguments here");

        var outside = new List<string>();
        foreach (var tool in readOnly)
        {
            var before = Snapshot();
            var result = await server.Client.CallToolAsync(tool, usual[tool], cancellationToken: StdioServer.Deadline());
            var touched = Changed(before, Snapshot());
            output.WriteLine($"{tool} ({(result.IsError is true ? "refused" : "ok")}): {(touched.Count == 0 ? "nothing" : string.Join(", ", touched))}");
            outside.AddRange(touched.Where(p => !s_ownFolders.Any(p.StartsWith)).Select(p => $"{tool}: {p}"));
        }

        outside.Should().BeEmpty("a tool annotated read-only writes nothing but ModuleGen's logs and locks");
    }

    public void Dispose() => _ws.Dispose();

    private static Dictionary<string, Dictionary<string, object?>> UsualArguments() => new(StringComparer.Ordinal)
    {
        ["build_context"] = new() { ["module"] = Module },
        ["list_templates"] = new(),
        ["describe_template"] = new() { ["template"] = "dagster-module" },
        ["render_plan_prompt"] = new() { ["module"] = Module, ["contract_path"] = $"ai_working/{Module}/orders.contract.md", ["spec_path"] = $"ai_working/{Module}/orders.impl_spec.md" },
        ["validate_plan"] = new() { ["plan"] = Plan() },
        ["load_plan"] = new() { ["module"] = Module },
        ["list_plans"] = new(),
        ["next_steps"] = new() { ["module"] = Module },
        ["verify_files"] = new() { ["module"] = Module },
        ["workspace_list"] = new(),
        ["workspace_validate"] = new(),
        ["check_docs"] = new() { ["module"] = Module },
        ["next_id"] = new() { ["module"] = Module, ["kind"] = "req" },
        ["trace_matrix"] = new() { ["module"] = Module },
        ["check_gate"] = new() { ["module"] = Module, ["step"] = 1 },
    };

    private static JsonObject Plan() => new()
    {
        ["module"] = Module,
        ["bricks"] = new JsonArray(new JsonObject
        {
            ["name"] = "orders",
            ["description"] = "Loads the orders.",
            ["contract_path"] = $"ai_working/{Module}/orders.contract.md",
            ["spec_path"] = $"ai_working/{Module}/orders.impl_spec.md",
            ["target_dir"] = $"modules/{Module}",
            ["type"] = "python_module",
        }),
    };

    // A workspace as the create-module flow leaves it: registry, scaffolded project, plan, brick documents, a step.
    private async Task PrepareAsync(StdioServer server)
    {
        _ws.Write("workspace.yaml", "load_from:\n");
        _ws.Write("pyproject.toml", "[project]\nname = \"scratch\"\ndependencies = [\"dagster>=1.8\"]\n");
        _ws.Write($"modules/{Module}/docs/INTENT_DESIGN.md", "# Orders: intent design\n\n## Phase 1\n\nLoad the orders.\n");
        foreach (var (tool, arguments) in new (string, Dictionary<string, object?>)[]
        {
            ("scaffold", new() { ["template"] = "dagster-module", ["target_dir"] = $"modules/{Module}", ["variables"] = new JsonObject { ["module"] = Module }, ["addons"] = new[] { "workspace", "schedules" } }),
            ("store_plan", new() { ["plan"] = Plan() }),
            ("resolve_brick_specs", new() { ["module"] = Module, ["create_missing"] = true }),
            ("record_step", new() { ["module"] = Module, ["brick"] = "orders", ["step"] = "specs", ["status"] = "done" }),
        })
        {
            var result = await server.Client.CallToolAsync(tool, arguments, cancellationToken: StdioServer.Deadline());
            result.IsError.Should().NotBe(true, string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text)));
        }
    }

    // Every file and folder under the root (ModuleGen's state folder included) with its content hash.
    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFileSystemEntries(_ws.Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(
                p => Path.GetRelativePath(_ws.Root, p).Replace('\\', '/') + (Directory.Exists(p) ? "/" : ""),
                p => Directory.Exists(p) ? "" : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))),
                StringComparer.Ordinal);

    private static IReadOnlyList<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(p => before.GetValueOrDefault(p) != after.GetValueOrDefault(p)).Order(StringComparer.Ordinal).ToArray();
}
