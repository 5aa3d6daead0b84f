using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Updating;

namespace ModuleGen.Core.Tests.Updating;

/// <summary>update_module over a module the user edited while its pack went v1 → v2 → v3 (see <see cref="EvolvingPack"/>).</summary>
public sealed class UpdateServiceTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private string Module(string file) => $"{EvolvingPack.Folder}/{file}";

    private void ScaffoldV1(IReadOnlyList<string>? addons = null)
    {
        EvolvingPack.Write(_ws, 1);
        _ws.Scaffolder().Scaffold(EvolvingPack.Scaffold(addons)).IsOk.Should().BeTrue();
    }

    private void Edit(string file, string from, string to)
    {
        var text = _ws.Read(Module(file));
        text.Should().Contain(from);
        _ws.Write(Module(file), text.Replace(from, to));
    }

    private UpdateResult Update(UpdateRequest? request = null)
    {
        var result = _ws.Updater().Update(request ?? EvolvingPack.Update());
        result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    private static UpdateChange Change(UpdateResult result, string path) => result.Changes.Single(c => c.Path == path && c.Marker is null);

    [Fact]
    public void Update_EditedFileWherePackChangedElsewhere_MergesBoth()
    {
        ScaffoldV1();
        Edit("README.md", "line d\n", "line d, edited by me\n");
        EvolvingPack.Write(_ws, 2);

        var result = Update();

        Change(result, Module("README.md")).Action.Should().Be(UpdateAction.Merge);
        _ws.Read(Module("README.md")).Should().Be("# orders\n\nline a\nline b (v2)\nline c\nline d, edited by me\nline e\nline f\n");
        result.FromVersion.Should().Be("1.0.0");
        result.ToVersion.Should().Be("2.0.0");
        _ws.Read(Module(".modulegen-answers.yaml")).Should().Contain("version: \"2.0.0\"");
    }

    [Fact]
    public void Update_UneditedFiles_TakeTheNewRender()
    {
        ScaffoldV1();
        EvolvingPack.Write(_ws, 2);

        var result = Update();

        Change(result, Module("config.txt")).Action.Should().Be(UpdateAction.Replace);
        _ws.Read(Module("config.txt")).Should().Be("greeting = hello\nlevel = 2\n");
        result.NeedsAttention.Should().BeFalse();
    }

    [Fact]
    public void Update_OverlappingEditInline_ConflictMarkersKeepBothLines()
    {
        ScaffoldV1();
        Edit("config.txt", "level = 1\n", "level = 5\n");
        EvolvingPack.Write(_ws, 2);

        var result = Update();

        var config = Change(result, Module("config.txt"));
        config.Action.Should().Be(UpdateAction.Conflict);
        config.NeedsAttention.Should().BeTrue();
        config.Conflicts.Should().ContainSingle().Which.Should().Be(new ConflictRange(2, 6, 2));
        _ws.Read(Module("config.txt")).Should().Be("greeting = hello\n<<<<<<< yours (pack evolving 1.0.0, edited)\nlevel = 5\n=======\nlevel = 2\n>>>>>>> pack evolving 2.0.0\n");
        result.NeedsAttention.Should().BeTrue();
        result.Message.Should().Contain("conflicts to resolve");
    }

    [Fact]
    public void Update_OverlappingEditRej_FileKeepsOursAndRejHoldsThePacksChange()
    {
        ScaffoldV1();
        Edit("config.txt", "level = 1\n", "level = 5\n");
        EvolvingPack.Write(_ws, 2);

        var result = Update(EvolvingPack.Update(conflict: "rej"));

        Change(result, Module("config.txt")).Action.Should().Be(UpdateAction.Conflict);
        _ws.Read(Module("config.txt")).Should().Be("greeting = hello\nlevel = 5\n");
        Change(result, Module("config.txt.rej")).Action.Should().Be(UpdateAction.Reject);
        _ws.Read(Module("config.txt.rej")).Should().Contain("\n-level = 1\n+level = 2\n").And.Contain("your lines 2-2");
    }

    [Fact]
    public void Update_FilesDroppedByThePack_UneditedRemovedEditedKept()
    {
        ScaffoldV1();
        Edit("legacy.txt", "legacy\n", "legacy, but I use it\n");
        EvolvingPack.Write(_ws, 2);

        var result = Update();

        Change(result, Module("old.txt")).Action.Should().Be(UpdateAction.Delete);
        _ws.Exists(Module("old.txt")).Should().BeFalse();
        Change(result, Module("legacy.txt")).Should().Match<UpdateChange>(c => c.Action == UpdateAction.Keep && c.NeedsAttention);
        _ws.Read(Module("legacy.txt")).Should().Be("legacy, but I use it\n");
        _ws.Read(Module(".modulegen-answers.yaml")).Should().NotContain("legacy.txt").And.NotContain("old.txt");
    }

    [Fact]
    public void Update_FileAddedByThePack_IsCreated()
    {
        ScaffoldV1();
        EvolvingPack.Write(_ws, 2);

        var result = Update();

        Change(result, Module("new.txt")).Action.Should().Be(UpdateAction.Create);
        _ws.Read(Module("new.txt")).Should().Be("new in v2 for orders\n");
        _ws.Read(Module(".modulegen-answers.yaml")).Should().Contain("\"new.txt\": ");
    }

    [Fact]
    public void Update_AddonAddedLater_CreatesItsFilesAndRecordsIt()
    {
        ScaffoldV1();

        var result = Update(EvolvingPack.Update(addons: ["extra"]));

        Change(result, Module("extra.txt")).Action.Should().Be(UpdateAction.Create);
        _ws.Read(Module("extra.txt")).Should().Be("extra for orders\n");
        _ws.Read(Module(".modulegen-answers.yaml")).Should().Contain("addons:\n  - \"extra\"\n");
    }

    [Fact]
    public void Update_VariableChanged_EditedFileMergedWithTheNewValue()
    {
        ScaffoldV1();
        Edit("config.txt", "level = 1\n", "level = 1\n# my note\n");

        var result = Update(EvolvingPack.Update(variables: new Dictionary<string, object?> { ["greeting"] = "bonjour" }));

        Change(result, Module("config.txt")).Action.Should().Be(UpdateAction.Merge);
        _ws.Read(Module("config.txt")).Should().Be("greeting = bonjour\nlevel = 1\n# my note\n");
        _ws.Read(Module(".modulegen-answers.yaml")).Should().Contain("greeting: \"bonjour\"").And.Contain("name: \"orders\"");
    }

    [Fact]
    public void Update_ThreeVersionsInARow_EditsSurviveEachStep()
    {
        ScaffoldV1();
        Edit("README.md", "line d\n", "line d, edited by me\n");
        EvolvingPack.Write(_ws, 2);
        Update();
        Edit("README.md", "line e\n", "line e, edited after v2\n");
        EvolvingPack.Write(_ws, 3);

        var result = Update(EvolvingPack.Update(addons: ["extra"]));

        Change(result, Module("README.md")).Action.Should().Be(UpdateAction.Merge);
        _ws.Read(Module("README.md")).Should().Be("# orders\n\nline a (v3)\nline b (v2)\nline c\nline d, edited by me\nline e, edited after v2\nline f\n");
        _ws.Read(Module("config.txt")).Should().Be("greeting = hello\nlevel = 2\nmode = fast\n");
        _ws.Read(Module("extra.txt")).Should().Be("extra for orders, v3\n");
        result.FromVersion.Should().Be("2.0.0");
    }

    [Fact]
    public void Update_SecondRun_ChangesNothing()
    {
        ScaffoldV1();
        Edit("README.md", "line d\n", "line d, edited by me\n");
        EvolvingPack.Write(_ws, 2);
        Update();
        var before = _ws.TreeHash();

        var again = Update();

        again.Changes.Should().OnlyContain(c => c.Action == UpdateAction.Unchanged, string.Join("\n", again.Changes.Select(c => $"{c.Path} {c.Action}")));
        again.Message.Should().Be("Nothing to do: the module is up to date.");
        _ws.TreeHash().Should().Be(before);
    }

    [Theory]
    [InlineData("inline")]
    [InlineData("diff3")]
    public void Update_ConflictsOfAnEarlierUpdateLeft_RefusedNamingFileAndLineUntilResolved(string style)
    {
        ScaffoldV1();
        Edit("config.txt", "level = 1\n", "level = 5\n");
        EvolvingPack.Write(_ws, 2);
        Update(EvolvingPack.Update(conflict: style));
        EvolvingPack.Write(_ws, 3);
        var before = _ws.TreeHash();

        var again = _ws.Updater().Update(EvolvingPack.Update());

        again.Errors.Should().ContainSingle().Which.Should().Match<Core.Common.ToolError>(e =>
            e.Code == "update.conflicts_unresolved" && e.Pointer == "/target_dir" && e.Found == $"{Module("config.txt")}:2" && e.Location!.File == Module("config.txt") && e.Location.Line == 2);
        _ws.TreeHash().Should().Be(before, "a refused update writes nothing");
        _ws.Findings("orders").Should().Contain(f => f.RuleId == "MG019" && f.File == Module("config.txt") && f.Line == 2);

        _ws.Write(Module("config.txt"), "greeting = hello\nlevel = 2\n");
        Update().ToVersion.Should().Be("3.0.0", "once resolved, the update runs");
        _ws.Findings("orders").Should().NotContain(f => f.RuleId == "MG019");
    }

    [Fact]
    public void Update_Diff3_WritesTheBaseSectionAndNamesBothSidesWithVersions()
    {
        ScaffoldV1();
        Edit("config.txt", "level = 1\n", "level = 5\n");
        EvolvingPack.Write(_ws, 2);

        var result = Update(EvolvingPack.Update(conflict: "diff3"));

        Change(result, Module("config.txt")).Should().Match<UpdateChange>(c => c.Action == UpdateAction.Conflict && c.Conflicts.Single() == new ConflictRange(2, 8, 2));
        _ws.Read(Module("config.txt")).Should().Be(
            "greeting = hello\n<<<<<<< yours (pack evolving 1.0.0, edited)\nlevel = 5\n||||||| base (pack evolving 1.0.0)\nlevel = 1\n=======\nlevel = 2\n>>>>>>> pack evolving 2.0.0\n");
    }

    [Fact]
    public void Update_DryRun_ReturnsMergedDiffsAndWritesNothing()
    {
        ScaffoldV1();
        Edit("README.md", "line d\n", "line d, edited by me\n");
        EvolvingPack.Write(_ws, 2);
        var before = _ws.TreeHash();

        var result = Update(EvolvingPack.Update(dryRun: true));

        _ws.TreeHash().Should().Be(before);
        result.DryRun.Should().BeTrue();
        Change(result, Module("README.md")).Diff.Should().Contain("-line b\n+line b (v2)\n").And.NotContain("-line d, edited by me");
        Change(result, Module("old.txt")).Diff.Should().Contain("-old, untouched");
    }

    [Fact]
    public void Update_CommitFailsMidway_WorkspaceIsAsBefore()
    {
        ScaffoldV1();
        Edit("README.md", "line d\n", "line d, edited by me\n");
        EvolvingPack.Write(_ws, 2);
        var before = _ws.TreeHash(".modulegen/templates");

        var result = _ws.Updater(new FailingCommit { FailOn = "new.txt" }).Update(EvolvingPack.Update());

        result.IsOk.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be("update.commit_failed");
        _ws.TreeHash(".modulegen/templates").Should().Be(before, "a failed update puts every file back");
        Update().Changes.Single(c => c.Path == Module("README.md")).Action.Should().Be(UpdateAction.Merge, "the next run starts from the same state");
    }

    [Fact]
    public void Update_BaseStoreMissingSamePackVersion_RerendersTheBase()
    {
        ScaffoldV1();
        Edit("config.txt", "level = 1\n", "level = 1\n# my note\n");
        File.Delete(Path.Join(_ws.Root, Module(".modulegen-base.txt")));

        var result = Update(EvolvingPack.Update(variables: new Dictionary<string, object?> { ["greeting"] = "hi" }));

        Change(result, Module("config.txt")).Action.Should().Be(UpdateAction.Merge);
        _ws.Read(Module("config.txt")).Should().Be("greeting = hi\nlevel = 1\n# my note\n");
        _ws.Exists(Module(".modulegen-base.txt")).Should().BeTrue("the update writes the base store again");
    }

    [Fact]
    public void Update_NoBaseAtAll_WholeFileConflictLosesNothing()
    {
        ScaffoldV1();
        Edit("config.txt", "level = 1\n", "level = 7\n");
        File.Delete(Path.Join(_ws.Root, Module(".modulegen-base.txt")));
        EvolvingPack.Write(_ws, 2);

        var result = Update();

        Change(result, Module("config.txt")).Action.Should().Be(UpdateAction.Conflict);
        _ws.Read(Module("config.txt")).Should().Contain("level = 7\n").And.Contain("level = 2\n");
    }

    [Theory]
    [InlineData("sideways", "argument.invalid", "/conflict")]
    [InlineData(null, "update.not_generated", "/target_dir")]
    public void Update_BadRequest_RefusedAndNothingWritten(string? conflict, string code, string pointer)
    {
        EvolvingPack.Write(_ws, 1);
        var before = _ws.TreeHash();

        var result = _ws.Updater().Update(EvolvingPack.Update(conflict: conflict));

        result.Errors.Should().ContainSingle().Which.Should().Match<Core.Common.ToolError>(e => e.Code == code && e.Pointer == pointer);
        _ws.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Scaffold_SkipAfterPackChange_KeepsTheRecordedHashSoTheAuditSeesNoEdit()
    {
        ScaffoldV1();
        EvolvingPack.Write(_ws, 2);

        _ws.Scaffolder().Scaffold(EvolvingPack.Scaffold(onConflict: "skip")).IsOk.Should().BeTrue();

        _ws.Read(Module("README.md")).Should().Contain("line b\n", "skip left the file at v1");
        _ws.Findings("orders").Where(f => f.RuleId == "MG002").Should().BeEmpty("the README was not edited");
        Update().Changes.Single(c => c.Path == Module("README.md")).Action.Should().Be(UpdateAction.Replace, "its v1 base is still recorded");
    }
}
