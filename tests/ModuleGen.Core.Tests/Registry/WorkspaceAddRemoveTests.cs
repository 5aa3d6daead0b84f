using ModuleGen.Core.Common;
using ModuleGen.Core.Markers;
using ModuleGen.Core.Registry;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Registry;

/// <summary>workspace_add and workspace_remove: idempotent, byte-exact, inside marker blocks only, backed up.</summary>
public sealed class WorkspaceAddRemoveTests : IDisposable
{
    private const string Handwritten = "# our code locations\nload_from:\n  - python_file: jobs/legacy.py # keep\n\n# trailing comment\n";
    private readonly TempWorkspace _ws = new();

    public static TheoryData<string?> Before => new() { null, Handwritten, "load_from:", "load_from:\r\n  - python_module: a\r\n" };

    [Theory]
    [MemberData(nameof(Before))]
    public void AddThenRemove_LeavesTheFileByteIdentical(string? before)
    {
        _ws.Dagster("orders");
        if (before is not null)
        {
            _ws.Write("workspace.yaml", before);
        }

        var bytes = before is null ? null : _ws.Bytes("workspace.yaml");

        var added = _ws.Registry().Add(new WorkspaceAddRequest("orders"));
        var removed = _ws.Registry().Remove(new WorkspaceRemoveRequest("orders"));

        added.Value.Changes.Should().ContainSingle().Which.Action.Should().Be(RegistryChange.Add);
        removed.Value.Changes.Should().ContainSingle().Which.Action.Should().Be(RegistryChange.Remove);
        if (bytes is null)
        {
            _ws.Exists("workspace.yaml").Should().BeFalse("ModuleGen created it and it holds nothing else");
            removed.Value.Files.Single().Action.Should().Be("delete");
        }
        else
        {
            _ws.Bytes("workspace.yaml").Should().Equal(bytes);
        }
    }

    [Fact]
    public void Add_WritesTheGrpcEntryInsideAHashedBlock_AndTheSecondAddChangesNothing()
    {
        _ws.Dagster("orders");
        _ws.Write("workspace.yaml", Handwritten);

        var first = _ws.Registry().Add(new WorkspaceAddRequest("orders")).Value;
        var after = _ws.Read("workspace.yaml");
        var second = _ws.Registry().Add(new WorkspaceAddRequest("orders")).Value;

        const string body = "  - grpc_server:\n      host: localhost\n      port: 4000\n      location_name: orders\n";
        after.Should().Be($"# our code locations\nload_from:\n  - python_file: jobs/legacy.py # keep\n  # >>> modulegen:orders >>> sha256={MarkerBlock.HashOf(body)}\n{body}  # <<< modulegen:orders <<<\n\n# trailing comment\n",
            "the block follows the last entry of the list, before the blank line and the comment after it");
        first.Changed.Should().BeTrue();
        first.Files.Single().Backup.Should().Be(RegistryCommit.BackupName("workspace.yaml", Handwritten));
        _ws.Read(first.Files.Single().Backup!).Should().Be(Handwritten);
        second.Changed.Should().BeFalse();
        second.Changes.Single().Action.Should().Be(RegistryChange.Unchanged);
        second.Message.Should().StartWith("Nothing to do");
        _ws.Read("workspace.yaml").Should().Be(after);
    }

    [Fact]
    public void Add_ModuleScaffoldedWithTheWorkspaceAddon_RecognisesTheScaffoldsBlock()
    {
        _ws.Dagster("orders", ["workspace"]);
        var before = _ws.Bytes("workspace.yaml");

        var result = _ws.Registry().Add(new WorkspaceAddRequest("orders")).Value;

        result.Changed.Should().BeFalse();
        result.Changes.Single().Should().Match<RegistryChange>(c => c.Action == RegistryChange.Unchanged && c.Marker == "orders");
        _ws.Bytes("workspace.yaml").Should().Equal(before);
        _ws.Registry().Remove(new WorkspaceRemoveRequest("orders")).IsOk.Should().BeTrue();
        _ws.Exists("workspace.yaml").Should().BeFalse("the scaffold created the file with ModuleGen's header and nothing else remains");
    }

    [Fact]
    public void Add_PythonModuleChoice_RegistersAPythonModuleEntry()
    {
        _ws.Dagster("orders", variables: new Dictionary<string, object?> { ["load_from"] = "python_module" });

        _ws.Registry().Add(new WorkspaceAddRequest("orders")).IsOk.Should().BeTrue();

        _ws.Read("workspace.yaml").Should().Contain("  - python_module:\n      module_name: orders.definitions\n      working_directory: modules/orders/src\n      location_name: orders\n");
        _ws.Registry().List().Value.Entries.Single().Should().Match<RegistryEntry>(e => e.Kind == "python_module" && e.Managed && e.Module == "orders" && e.WorkingDirectory == "modules/orders/src");
    }

    [Fact]
    public void HandEditInsideAManagedBlock_IsReportedAndSurvivesAddSyncAndValidate()
    {
        _ws.Dagster("orders", ["workspace"]);
        var edited = _ws.Read("workspace.yaml").Replace("host: localhost", "host: grpc.internal");
        _ws.Write("workspace.yaml", edited);

        var add = _ws.Registry().Add(new WorkspaceAddRequest("orders")).Value;
        var sync = _ws.Registry().Sync(new WorkspaceSyncRequest()).Value;
        var validate = _ws.Registry().Validate().Value;

        add.Changes.Single().Action.Should().Be(RegistryChange.Kept);
        add.Warnings.Should().ContainSingle().Which.Should().Contain("edited by hand");
        add.Message.Should().Contain("edited by hand were kept");
        sync.Changed.Should().BeFalse();
        _ws.Read("workspace.yaml").Should().Be(edited);
        validate.Findings.Should().ContainSingle(f => f.Code == ErrorCodes.RegistryBlockEdited)
            .Which.Should().Match<RegistryFinding>(f => f.File == "workspace.yaml" && f.Line == 3 && f.Module == "orders");
    }

    [Fact]
    public void Add_WithDgTomlListingProjects_RegistersOnlyThere_AndTheTomlStillParses()
    {
        _ws.Dagster("orders");
        _ws.Write("workspace.yaml", "load_from:\n");
        _ws.Write("dg.toml", "directory_type = \"workspace\"\n\n[workspace]\n\n[[workspace.projects]]\npath = \"projects/legacy\"\n");
        var toml = _ws.Bytes("dg.toml");
        var yaml = _ws.Bytes("workspace.yaml");

        var result = _ws.Registry().Add(new WorkspaceAddRequest("orders")).Value;

        result.Files.Select(f => (f.File, f.Action)).Should().Equal([("dg.toml", "modify")], "a dg workspace that lists projects is the registry dg reads; workspace.yaml beside it is not");
        _ws.Bytes("workspace.yaml").Should().Equal(yaml);
        _ws.Read("dg.toml").Should().EndWith($"path = \"projects/legacy\"\n# >>> modulegen:orders >>> sha256={MarkerBlock.HashOf("[[workspace.projects]]\npath = \"modules/orders\"\n")}\n[[workspace.projects]]\npath = \"modules/orders\"\n# <<< modulegen:orders <<<\n");
        _ws.Registry().List().Value.Entries.Where(e => e.File == "dg.toml").Select(e => (e.Path, e.Managed, e.Line)).Should().Equal(("projects/legacy", false, 5), ("modules/orders", true, 8));
        if (Python.Available)
        {
            Python.Run(["-c", "import tomllib, sys; d = tomllib.load(open(sys.argv[1], 'rb')); assert [p['path'] for p in d['workspace']['projects']] == ['projects/legacy', 'modules/orders']", Path.Join(_ws.Root, "dg.toml")]).ExitCode.Should().Be(0);
        }

        _ws.Registry().Remove(new WorkspaceRemoveRequest("orders")).IsOk.Should().BeTrue();
        _ws.Bytes("dg.toml").Should().Equal(toml);
    }

    [Fact]
    public void Add_OnlyDgTomlExists_NeverCreatesWorkspaceYaml()
    {
        _ws.Dagster("orders");
        _ws.Write("dg.toml", "[workspace]\n");

        _ws.Registry().Add(new WorkspaceAddRequest("orders")).Value.Files.Select(f => f.File).Should().Equal("dg.toml");

        _ws.Exists("workspace.yaml").Should().BeFalse();
    }

    [Fact]
    public void FaultDuringCommit_RollsBackEveryRegistryFile()
    {
        _ws.Dagster("orders");
        _ws.Write("workspace.yaml", Handwritten);
        _ws.Write("dg.toml", "[workspace]\n");
        var yaml = _ws.Bytes("workspace.yaml");
        var toml = _ws.Bytes("dg.toml");

        // dg.toml lists no project and workspace.yaml does: the module goes into workspace.yaml, whose commit fails.
        var result = _ws.Registry(new FailingCommit { FailOn = "workspace.yaml" }).Add(new WorkspaceAddRequest("orders"));

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.RegistryCommitFailed);
        _ws.Bytes("workspace.yaml").Should().Equal(yaml);
        _ws.Bytes("dg.toml").Should().Equal(toml);
        Directory.Exists(Path.Join(_ws.Root, StaleArtefacts.StagingFolder)).Should().BeFalse();
    }

    [Fact]
    public void DryRun_ReturnsTheDiffAndWritesNothing()
    {
        _ws.Dagster("orders");
        _ws.Write("workspace.yaml", Handwritten);
        var before = _ws.TreeHash();

        var result = _ws.Registry().Add(new WorkspaceAddRequest("orders", DryRun: true)).Value;

        result.DryRun.Should().BeTrue();
        result.Files.Single().Diff.Should().StartWith("--- a/workspace.yaml\n+++ b/workspace.yaml\n@@ -1,5 +1,11 @@\n").And.Contain("+      port: 4000\n");
        _ws.TreeHash().Should().Be(before);
    }

    [Theory]
    [InlineData("nope", ErrorCodes.ModuleNotFound)]
    [InlineData("../orders", ErrorCodes.NamePathSeparator)]
    [InlineData("plain", ErrorCodes.ModuleNotGenerated)]
    [InlineData("brick", ErrorCodes.RegistryNothingToRegister)]
    public void Add_NothingToRegister_FailsClearlyAndWritesNothing(string module, string code)
    {
        _ws.Write("modules/plain/README.md", "# plain\n");
        _ws.Scaffolder().Scaffold(Requests.Scaffold("python-module", "modules/brick", module: "brick")).IsOk.Should().BeTrue();
        var before = _ws.TreeHash();

        var errors = _ws.Registry().Add(new WorkspaceAddRequest(module)).Errors;

        errors.Should().ContainSingle().Which.Should().Match<ToolError>(e => e.Code == code && e.Pointer == "/module");
        _ws.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Add_WorkspaceYamlWithoutLoadFrom_IsRefusedWithTheAnchor()
    {
        _ws.Dagster("orders");
        _ws.Write("workspace.yaml", "# nothing yet\n");

        _ws.Registry().Add(new WorkspaceAddRequest("orders")).Errors.Single().Code.Should().Be(ErrorCodes.RegistryAnchorMissing);
    }

    [Fact]
    public void Add_BrokenMarker_IsRefusedWithItsLine()
    {
        _ws.Dagster("orders");
        _ws.Write("workspace.yaml", "load_from:\n  # >>> modulegen:orders >>>\n  - python_file: x.py\n");

        var error = _ws.Registry().Add(new WorkspaceAddRequest("orders")).Errors.Single();

        error.Code.Should().Be(ErrorCodes.RegistryMarkerBroken);
        error.Location!.Line.Should().Be(2);
    }

    [Fact]
    public void RegistryFileIsALink_IsRefusedAndNothingIsWritten()
    {
        _ws.Dagster("orders");
        File.WriteAllText(Path.Join(_ws.Outside, "workspace.yaml"), "load_from:\n");
        _ws.Link("workspace.yaml", Path.Join(_ws.Outside, "workspace.yaml"));
        var before = _ws.TreeHash();

        var errors = _ws.Registry().Add(new WorkspaceAddRequest("orders")).Errors;

        errors.Single().Code.Should().BeOneOf(ErrorCodes.PathSymlinkEscape, ErrorCodes.PathDestinationIsSymlink);
        _ws.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Remove_ModuleThatIsGone_RemovesItsBlockByName()
    {
        _ws.Dagster("orders", ["workspace"]);
        _ws.Write("workspace.yaml", _ws.Read("workspace.yaml") + "  - python_file: other.py\n");
        Directory.Delete(Path.Join(_ws.Root, "modules/orders"), recursive: true);

        var result = _ws.Registry().Remove(new WorkspaceRemoveRequest("orders")).Value;

        result.Changes.Single().Action.Should().Be(RegistryChange.Remove);
        _ws.Read("workspace.yaml").Should().Be(DagsterWorkspaceYaml.Created + "  - python_file: other.py\n");
    }

    [Fact]
    public void Remove_NotRegistered_ChangesNothingAndSaysSo()
    {
        _ws.Dagster("orders");

        var result = _ws.Registry().Remove(new WorkspaceRemoveRequest("orders")).Value;

        result.Changed.Should().BeFalse();
        result.Changes.Single().Action.Should().Be(RegistryChange.Absent);
        result.Message.Should().Be("Nothing to do: 'orders' is not registered.");
    }

    [Theory]
    [InlineData("load_from: []\n")]
    [InlineData("load_from: [ ]")]
    [InlineData("# locations\r\nload_from: [] # none yet\r\n\r\n# trailing\r\n")]
    public void Add_EmptyFlowList_BecomesABlockList_AddIsIdempotent_AndRemoveGivesItBackByteForByte(string before)
    {
        _ws.Dagster("orders");
        _ws.Dagster("stock");
        _ws.Write("workspace.yaml", before);
        var bytes = _ws.Bytes("workspace.yaml");

        var first = _ws.Registry().Add(new WorkspaceAddRequest("orders")).Value;
        var added = _ws.Read("workspace.yaml");
        var second = _ws.Registry().Add(new WorkspaceAddRequest("orders")).Value;

        first.Changes.Single().Action.Should().Be(RegistryChange.Add);
        var line = before.Split('\n').Single(l => l.StartsWith("load_from:", StringComparison.Ordinal)).TrimEnd('\r');
        var newLine = before.Contains('\r') ? "\r\n" : "\n";
        added.Should().Contain($"load_from:{newLine}  # >>> modulegen:orders >>> sha256=").And.Contain($"  # <<< modulegen:orders <<<{newLine}# modulegen:was {line}");
        new DagsterWorkspaceYaml().Read("workspace.yaml", added).Value.Should().ContainSingle().Which.LocationName.Should().Be("orders");
        second.Changed.Should().BeFalse("the block already holds the entry");
        _ws.Registry().Validate().Value.Findings.Should().BeEmpty();
        _ws.Registry().Sync(new WorkspaceSyncRequest()).Value.Changed.Should().BeFalse();

        _ws.Registry().Add(new WorkspaceAddRequest("stock")).IsOk.Should().BeTrue();
        _ws.Registry().Remove(new WorkspaceRemoveRequest("orders")).IsOk.Should().BeTrue();
        new DagsterWorkspaceYaml().Read("workspace.yaml", _ws.Read("workspace.yaml")).Value.Should().ContainSingle().Which.LocationName.Should().Be("stock", "the list stays open while it holds a block");
        _ws.Registry().Remove(new WorkspaceRemoveRequest("stock")).IsOk.Should().BeTrue();
        _ws.Bytes("workspace.yaml").Should().Equal(bytes);
    }

    [Fact]
    public void Scaffold_IntoAnEmptyFlowList_RegistersTheModule_AndRemoveGivesTheFileBack()
    {
        _ws.Write("workspace.yaml", "load_from: []\n");
        var bytes = _ws.Bytes("workspace.yaml");

        _ws.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "modules/stock", module: "stock", addons: ["workspace"])).IsOk.Should().BeTrue();

        new DagsterWorkspaceYaml().Read("workspace.yaml", _ws.Read("workspace.yaml")).Value.Should().ContainSingle().Which.LocationName.Should().Be("stock");
        _ws.Registry().Add(new WorkspaceAddRequest("stock")).Value.Changed.Should().BeFalse("workspace_add writes what the scaffold wrote");
        _ws.Registry().Validate().Value.Findings.Should().BeEmpty();
        _ws.Registry().Remove(new WorkspaceRemoveRequest("stock")).IsOk.Should().BeTrue();
        _ws.Bytes("workspace.yaml").Should().Equal(bytes);
    }

    [Fact]
    public void Remove_EntryAddedByHandToTheOpenedList_KeepsTheListOpen()
    {
        _ws.Dagster("orders");
        _ws.Write("workspace.yaml", "load_from: []\n");
        _ws.Registry().Add(new WorkspaceAddRequest("orders")).IsOk.Should().BeTrue();
        _ws.Write("workspace.yaml", _ws.Read("workspace.yaml") + "  - python_file: jobs.py\n");

        _ws.Registry().Remove(new WorkspaceRemoveRequest("orders")).IsOk.Should().BeTrue();

        _ws.Read("workspace.yaml").Should().Be("load_from:\n# modulegen:was load_from: []\n  - python_file: jobs.py\n", "closing the list would drop the hand-written entry out of it");
    }

    [Theory]
    [InlineData("# locations\nload_from: [{python_file: jobs.py}]\n", "load_from: [{python_file: jobs.py}]")]
    public void Add_NonEmptyFlowStyleList_IsRefusedWithHowToRewriteIt_ByBothPaths(string before, string line)
    {
        _ws.Dagster("orders");
        _ws.Write("workspace.yaml", before);
        var bytes = _ws.Bytes("workspace.yaml");

        var added = _ws.Registry().Add(new WorkspaceAddRequest("orders"));
        var scaffolded = _ws.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "modules/stock", module: "stock", addons: ["workspace"]));

        added.Errors.Should().ContainSingle().Which.Should().Match<ToolError>(e => e.Code == "registry.anchor_missing" && e.Hint!.Contains($"('{line}')") && e.Hint.Contains("'load_from:' on its own"));
        scaffolded.Errors.Should().ContainSingle().Which.Should().Match<ToolError>(e => e.Code == "scaffold.injection_anchor_missing" && e.Hint!.Contains($"('{line}')"));
        _ws.Bytes("workspace.yaml").Should().Equal(bytes, "a refused edit writes nothing");
        _ws.Exists("modules/stock").Should().BeFalse();
    }

    private const string VenvPerLocation = "load_from:\n  - python_module:\n      module_name: harbor\n      location_name: harbor\n      executable_path: ./.code_locations/harbor/.venv/bin/python\n" +
        "  - python_module:\n      module_name: summit\n      location_name: summit\n      executable_path: ./.code_locations/summit/.venv/bin/python\n";

    [Fact]
    public void Add_SiblingsShareAnExecutablePathPattern_TheNewEntryFollowsIt_AndTheScaffoldWritesTheSame()
    {
        var pythonModule = new Dictionary<string, object?> { ["load_from"] = "python_module" };
        _ws.Dagster("orders", variables: pythonModule);
        _ws.Write("workspace.yaml", VenvPerLocation);
        var bytes = _ws.Bytes("workspace.yaml");

        _ws.Registry().Add(new WorkspaceAddRequest("orders")).IsOk.Should().BeTrue();
        var added = _ws.Read("workspace.yaml");
        var again = _ws.Registry().Add(new WorkspaceAddRequest("orders")).Value;
        _ws.Registry().Remove(new WorkspaceRemoveRequest("orders")).IsOk.Should().BeTrue();

        added.Should().Contain("      working_directory: modules/orders/src\n      location_name: orders\n      executable_path: ./.code_locations/orders/.venv/bin/python\n  # <<< modulegen:orders <<<\n");
        again.Changed.Should().BeFalse("the mirrored key is part of the block's content, not a hand edit");
        _ws.Bytes("workspace.yaml").Should().Equal(bytes);

        _ws.Dagster("stock", ["workspace"], pythonModule);
        _ws.Read("workspace.yaml").Should().Contain("      location_name: stock\n      executable_path: ./.code_locations/stock/.venv/bin/python\n");
        _ws.Registry().Add(new WorkspaceAddRequest("stock")).Value.Changed.Should().BeFalse("workspace_add writes what the scaffold wrote");
        _ws.Registry().Sync(new WorkspaceSyncRequest()).Value.Changed.Should().BeFalse();
        _ws.Registry().Validate().Value.Findings.Should().NotContain(f => f.Message.Contains("stock", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_SiblingsDisagree_NothingIsMirrored()
    {
        _ws.Dagster("orders", variables: new Dictionary<string, object?> { ["load_from"] = "python_module" });
        _ws.Write("workspace.yaml", VenvPerLocation.Replace("./.code_locations/summit/.venv/bin/python", "/usr/bin/python3", StringComparison.Ordinal));

        _ws.Registry().Add(new WorkspaceAddRequest("orders")).IsOk.Should().BeTrue();

        _ws.Read("workspace.yaml").Should().Contain("      location_name: orders\n  # <<< modulegen:orders <<<\n");
    }

    public void Dispose() => _ws.Dispose();
}
