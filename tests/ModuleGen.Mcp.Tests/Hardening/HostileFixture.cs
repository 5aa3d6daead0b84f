using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Hardening;

/// <summary>One workspace and one in-process server shared by the hostile-corpus rows: a stored plan for 'orders', an
/// existing module, and a symbolic link 'escape' that points outside the workspace.</summary>
public sealed class HostileFixture : IAsyncLifetime
{
    private readonly TempWorkspace _ws = new();
    private InProcessServer? _server;

    public string Root => _ws.Root;

    public string Outside => _ws.Outside;

    public McpClient Client => _server!.Client;

    public TempWorkspace Workspace => _ws;

    public async Task InitializeAsync()
    {
        _ws.Write("modules/billing/README.md", "# billing\n");
        _ws.Write("workspace.yaml", "load_from:\n");
        _ws.Link("escape", _ws.Outside);
        _server = await InProcess.StartAsync(_ws.Root);
        var stored = await Client.CallToolAsync("store_plan", new Dictionary<string, object?> { ["plan"] = HostileCorpus.Plan() }, cancellationToken: StdioServer.Deadline());
        stored.IsError.Should().NotBe(true);
        var scaffolded = await Client.CallToolAsync("scaffold", new Dictionary<string, object?>
        {
            ["template"] = "dagster-module", ["target_dir"] = "modules/shop",
            ["variables"] = new Dictionary<string, object?> { ["module"] = "shop", ["grpc_port"] = 4100 },
        }, cancellationToken: StdioServer.Deadline());
        scaffolded.IsError.Should().NotBe(true);
    }

    /// <summary>Stores (by hand, as a person editing the file would) a plan for 'edited' whose contract path is hostile,
    /// and returns the arguments that ask resolve_brick_specs to write its skeletons.</summary>
    public JsonObject WithHandEditedPlan(string contractPath)
    {
        var plan = HostileCorpus.Plan(brick => brick["contract_path"] = contractPath, module: "edited");
        _ws.Write("ai_working/module_generator/plans/edited.json", plan.ToJsonString());
        return new JsonObject { ["module"] = "edited", ["create_missing"] = true };
    }

    /// <summary>Makes workspace.yaml (a registry file) a symbolic link to a file outside the workspace and returns
    /// <paramref name="arguments"/>; <see cref="RestoreRegistry"/> puts the plain file back after the row.</summary>
    public JsonObject WithLinkedRegistry(JsonObject arguments)
    {
        var registry = Path.Join(_ws.Root, "workspace.yaml");
        if (new FileInfo(registry).LinkTarget is null)
        {
            File.WriteAllText(Path.Join(_ws.Outside, "workspace.yaml"), "load_from:\n");
            File.Delete(registry);
            _ws.Link("workspace.yaml", Path.Join(_ws.Outside, "workspace.yaml"));
        }

        return arguments;
    }

    /// <summary>Undoes <see cref="WithLinkedRegistry"/> (nothing to do when the registry is not linked).</summary>
    public void RestoreRegistry()
    {
        var registry = Path.Join(_ws.Root, "workspace.yaml");
        if (new FileInfo(registry).LinkTarget is not null)
        {
            File.Delete(registry);
            File.Delete(Path.Join(_ws.Outside, "workspace.yaml"));
            _ws.Write("workspace.yaml", "load_from:\n");
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _ws.Dispose();
    }
}
