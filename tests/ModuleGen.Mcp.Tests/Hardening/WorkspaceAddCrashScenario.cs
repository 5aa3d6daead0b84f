using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Server;
using ModuleGen.Core.Registry;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Workspace;
using ModuleGen.Mcp.Hosting;
using Serilog.Events;

namespace ModuleGen.Mcp.Tests.Hardening;

/// <summary>Registers and unregisters two scaffolded modules in workspace.yaml (workspace_add / workspace_remove, each
/// with a backup and a transactional commit) and is killed part-way. The registry file must hold one of the complete
/// states the edits can produce (no module, either, or both in either order); the modules' own files never change.</summary>
internal sealed class WorkspaceAddCrashScenario : ICrashScenario
{
    private static readonly string[] s_modules = ["alpha", "beta"];
    private static readonly string[][] s_orders = [[], ["alpha"], ["beta"], ["alpha", "beta"], ["beta", "alpha"]];
    private readonly HashSet<string> _registries = new(StringComparer.Ordinal);
    private Dictionary<string, string> _modules = [];

    public string Name => "workspace_add";

    public int Trials => 4;


    public void Prepare(TempWorkspace workspace)
    {
        foreach (var order in s_orders)
        {
            using var scratch = new TempWorkspace();
            Setup(scratch, order);
            _registries.Add(scratch.Read("workspace.yaml"));
        }

        Setup(workspace, []);
        _modules = ModuleFiles(workspace);
    }

    public Task<IReadOnlyList<(string Tool, JsonObject Arguments)>> CallsAsync(Random random, Func<string, JsonObject, Task<JsonElement>> current) =>
        Task.FromResult<IReadOnlyList<(string, JsonObject)>>(Enumerable.Range(0, 8)
            .Select(_ => (random.Next(2) == 0 ? "workspace_add" : "workspace_remove", new JsonObject { ["module"] = s_modules[random.Next(2)] }))
            .ToArray());

    public IReadOnlyList<string> Verify(TempWorkspace workspace)
    {
        var problems = new List<string>();
        if (!_registries.Contains(workspace.Read("workspace.yaml")))
        {
            problems.Add("workspace.yaml is not one of the complete registry states");
        }

        var now = ModuleFiles(workspace);
        problems.AddRange(now.Keys.Union(_modules.Keys).Where(f => !now.TryGetValue(f, out var text) || !_modules.TryGetValue(f, out var before) || text != before)
            .Select(f => $"{f} changed, appeared or vanished (a registry edit must not touch module files)"));
        problems.AddRange(Directory.EnumerateFiles(workspace.Root).Select(Path.GetFileName).OfType<string>()
            .Where(f => AtomicFileWriter.IsTempName(f, out _)).Select(f => $"{f}: a temp file beside the registry (the commit renames from staging)"));
        if (workspace.Exists("dg.toml"))
        {
            problems.Add("dg.toml was created (ModuleGen never creates it)");
        }

        return problems;
    }

    /// <summary>Scaffolds both modules with the workspace add-on, unregisters both, then registers the given ones in order.</summary>
    private static void Setup(TempWorkspace workspace, string[] registered)
    {
        workspace.Write("workspace.yaml", "load_from:\n");
        using var host = ServerComposition.Build(new ServerSettings(workspace.Root, LogEventLevel.Fatal, LogEventLevel.Fatal),
            b => b.WithStreamServerTransport(Stream.Null, Stream.Null));
        var scaffold = host.Services.GetRequiredService<ScaffoldService>();
        var registry = host.Services.GetRequiredService<WorkspaceRegistryService>();
        for (var i = 0; i < s_modules.Length; i++)
        {
            var variables = new Dictionary<string, object?> { ["module"] = s_modules[i], ["grpc_port"] = 4100L + i };
            scaffold.Scaffold(new ScaffoldRequest("dagster-module", $"modules/{s_modules[i]}", variables, ["workspace"])).IsOk.Should().BeTrue();
            registry.Remove(new WorkspaceRemoveRequest(s_modules[i])).IsOk.Should().BeTrue();
        }

        foreach (var module in registered)
        {
            registry.Add(new WorkspaceAddRequest(module)).IsOk.Should().BeTrue();
        }
    }

    private static Dictionary<string, string> ModuleFiles(TempWorkspace workspace) =>
        Directory.EnumerateFiles(Path.Join(workspace.Root, "modules"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(workspace.Root, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
}
