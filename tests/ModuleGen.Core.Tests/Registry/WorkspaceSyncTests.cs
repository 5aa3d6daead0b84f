using ModuleGen.Core.Registry;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Registry;

/// <summary>workspace_sync and workspace_list: the registry made to match the modules, and read back.</summary>
public sealed class WorkspaceSyncTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void Sync_AddsModulesThatAskedAndRemovesBlocksOfModulesThatAreGone()
    {
        _ws.Dagster("orders", ["workspace"]);
        _ws.Dagster("gone", ["workspace"]);
        _ws.Dagster("quiet");
        _ws.Registry().Remove(new WorkspaceRemoveRequest("orders")).IsOk.Should().BeTrue();
        Directory.Delete(Path.Join(_ws.Root, "modules/gone"), recursive: true);

        var dry = _ws.Registry().Sync(new WorkspaceSyncRequest(DryRun: true)).Value;
        var applied = _ws.Registry().Sync(new WorkspaceSyncRequest()).Value;
        var again = _ws.Registry().Sync(new WorkspaceSyncRequest()).Value;

        dry.Changes.Select(c => (c.Module, c.Action)).Should().Equal(("gone", RegistryChange.Remove), ("orders", RegistryChange.Add));
        dry.Files.Single().Diff.Should().Contain("-      location_name: gone").And.Contain("+      location_name: orders");
        applied.Files.Single().Diff.Should().Be(dry.Files.Single().Diff);
        again.Changed.Should().BeFalse();
        _ws.Registry().List().Value.Entries.Select(e => (e.LocationName, e.Managed, e.Module)).Should().Equal(("orders", true, "orders"));
    }

    [Fact]
    public void Sync_HandEditedBlockOfAGoneModule_IsKeptAndReported()
    {
        _ws.Dagster("gone", ["workspace"]);
        _ws.Write("workspace.yaml", _ws.Read("workspace.yaml").Replace("port: 4000", "port: 4321"));
        Directory.Delete(Path.Join(_ws.Root, "modules/gone"), recursive: true);
        var before = _ws.Read("workspace.yaml");

        var result = _ws.Registry().Sync(new WorkspaceSyncRequest()).Value;

        result.Changes.Single().Action.Should().Be(RegistryChange.Kept);
        result.Warnings.Should().ContainSingle();
        _ws.Read("workspace.yaml").Should().Be(before);
    }

    [Fact]
    public void List_ShowsManagedAndHandWrittenEntriesWithLinesAndModules()
    {
        _ws.Write("workspace.yaml", "load_from:\n  - python_module: legacy.defs\n");
        _ws.Dagster("orders", ["workspace"]);

        var list = _ws.Registry().List().Value;

        list.Files.Select(f => (f.Path, f.Kind, f.Exists)).Should().Equal(("workspace.yaml", "dagster_workspace_yaml", true), ("dg.toml", "dg_toml", false));
        list.Entries.Select(e => (e.Line, e.Kind, e.Managed, e.Marker, e.Module, e.Port)).Should().Equal(
            (2, "python_module", false, null, null, null),
            (4, "grpc_server", true, "orders", "orders", 4000));
    }

    public void Dispose() => _ws.Dispose();
}
