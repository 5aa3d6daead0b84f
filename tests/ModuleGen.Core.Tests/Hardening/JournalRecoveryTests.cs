using ModuleGen.Core.Common;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Hardening;

/// <summary>A crashed commit's journal never undoes newer work: it is recognised as dead by its lock (not by a process
/// id, which the next process may have again), undone before anything is planned on top of it, and its undo keeps any
/// file that changed since — blocking further writes to it until a person settles it.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Collection(CommitLocksCollection.Name)]
public sealed class JournalRecoveryTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Theory]
    [InlineData(CommitPoint.JournalWritten)]
    [InlineData(CommitPoint.Renamed)]
    [InlineData(CommitPoint.BeforeCommitPoint)]
    public void CrashedCommit_NextCommitByAProcessWithTheSameId_UndoesItFirstAndKeepsTheNewerCommit(CommitPoint point)
    {
        // This test process plays both: the crashed one and the next one that got the same process id.
        _ws.Write("workspace.yaml", "load_from:\n");
        var crashed = () => _ws.Scaffolder(new CrashAt(point, nth: point == CommitPoint.Renamed ? 3 : 0)).Scaffold(Module("alpha"));
        crashed.Should().Throw<SimulatedCrash>();

        var delta = _ws.Scaffolder().Scaffold(Module("delta"));

        delta.Errors.Should().BeEmpty();
        var later = StaleArtefacts.Remove(_ws.Open(), _ => false); // a process that sees no owner alive
        later.Failed.Should().BeEmpty();
        _ws.Read("workspace.yaml").Should().Contain("modulegen:delta").And.NotContain("modulegen:alpha", "the crashed registration was undone, the newer one kept");
        _ws.Exists("modules/delta/.modulegen-answers.yaml").Should().BeTrue();
        _ws.Exists("modules/alpha").Should().BeFalse();
    }

    [Fact]
    public void CrashedCommit_FileChangedBeforeRecovery_KeepsItWithTheBackupBeside_AndBlocksWritesUntilSettled()
    {
        _ws.Write("workspace.yaml", "load_from:\n");
        _ws.Write("modules/orders/README.md", "hand-written\n");
        var crashed = () => _ws.Scaffolder(new CrashAt(CommitPoint.BeforeCommitPoint)).Scaffold(Overwrite());
        crashed.Should().Throw<SimulatedCrash>();
        _ws.Write("modules/orders/README.md", "newer work\n"); // edited after the crash, before any recovery

        var recovered = StaleArtefacts.Remove(_ws.Open(), _ => false);

        recovered.Failed.Should().Contain(f => f.StartsWith("modules/orders/README.md:", StringComparison.Ordinal));
        _ws.Read("modules/orders/README.md").Should().Be("newer work\n");
        _ws.Read("workspace.yaml").Should().Be("load_from:\n", "every other file of the commit was put back");
        var backup = Backups().Should().ContainSingle().Subject;
        File.ReadAllText(backup).Should().Be("hand-written\n");

        var before = _ws.TreeHash();
        var blocked = _ws.Scaffolder().Scaffold(Overwrite());
        blocked.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.InterruptedCommit);
        blocked.Errors[0].Found.Should().Be("modules/orders/README.md");
        blocked.Errors[0].Message.Should().Contain(Path.GetRelativePath(_ws.Root, backup));
        _ws.TreeHash().Should().Be(before, "a blocked commit writes nothing");

        File.Delete(backup); // settled: keep the current file
        var after = _ws.Scaffolder().Scaffold(Overwrite());
        after.Errors.Should().BeEmpty();
        _ws.Exists(StaleArtefacts.StagingFolder).Should().BeFalse("the settled journal is gone with its folder");
    }

    [Fact]
    public void CrashedCommit_CreatedFileEditedSince_IsKeptNotDeleted()
    {
        _ws.Write("workspace.yaml", "load_from:\n");
        var crashed = () => _ws.Scaffolder(new CrashAt(CommitPoint.BeforeCommitPoint)).Scaffold(Module("alpha"));
        crashed.Should().Throw<SimulatedCrash>();
        var created = Directory.EnumerateFiles(Path.Join(_ws.Root, "modules/alpha"), "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.AppendAllText(created, "# my own line\n");

        var recovered = StaleArtefacts.Remove(_ws.Open(), _ => false);

        recovered.Failed.Should().Contain(f => f.StartsWith(Path.GetRelativePath(_ws.Root, created) + ":", StringComparison.Ordinal));
        File.ReadAllText(created).Should().EndWith("# my own line\n");
        _ws.Read("workspace.yaml").Should().Be("load_from:\n");
    }

    [Fact]
    public void StagingFolderSwappedForALink_RefusedAsAWriteFailure_NotAFailedRollback_WithNothingWrittenAnywhere()
    {
        _ws.Write("workspace.yaml", "load_from:\n");
        _ws.Link(StaleArtefacts.StagingFolder, _ws.Outside);
        var before = _ws.TreeHash(".modulegen");

        var result = _ws.Scaffolder().Scaffold(Module("alpha"));

        result.Errors.Select(e => e.Code).Should().Equal([ErrorCodes.WriteFailed], "nothing had been written, so there is nothing to roll back");
        result.Errors[0].Message.Should().Contain("nothing was written");
        _ws.TreeHash(".modulegen").Should().Be(before);
        Directory.EnumerateFileSystemEntries(_ws.Outside, "*", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void StagingFolderSwappedMidCommit_WithAFault_AnswersCommitFailedAndWritesNothingOutside()
    {
        _ws.Write("workspace.yaml", "load_from:\n");
        var before = _ws.TreeHash(".modulegen");
        var swap = new FaultAfter(CommitPoint.Staged, () =>
        {
            Directory.Move(Path.Join(_ws.Root, ".modulegen"), Path.Join(_ws.Root, ".modulegen-away"));
            _ws.Link(".modulegen", _ws.Outside);
        });

        var result = _ws.Scaffolder(swap).Scaffold(Module("alpha"));

        result.Errors.Select(e => e.Code).Should().Equal(ErrorCodes.ScaffoldCommitFailed);
        result.Errors[0].Message.Should().Contain("Nothing had been changed");
        _ws.TreeHash(".modulegen").Should().Be(before);
        Directory.EnumerateFileSystemEntries(_ws.Outside, "*", SearchOption.AllDirectories).Should().BeEmpty();
    }

    public void Dispose() => _ws.Dispose();

    private static ScaffoldRequest Module(string name) =>
        Requests.Scaffold("dagster-module", $"modules/{name}", module: name, addons: ["workspace"]);

    private static ScaffoldRequest Overwrite() =>
        Requests.Scaffold("dagster-module", "modules/orders", onConflict: "overwrite", addons: ["workspace"]);

    private IEnumerable<string> Backups() =>
        Directory.EnumerateFiles(Path.Join(_ws.Root, StaleArtefacts.StagingFolder), "*.backup", SearchOption.AllDirectories);

    /// <summary>Runs <paramref name="move"/> and then fails with an I/O error the first time <paramref name="point"/> is reached.</summary>
    private sealed class FaultAfter(CommitPoint point, Action move) : IWriteInterceptor
    {
        private bool _done;

        public void BeforeCommit(WorkspacePath destination)
        {
        }

        public void At(CommitPoint reached, WorkspacePath destination)
        {
            if (reached == point && !_done)
            {
                _done = true;
                move();
                throw new IOException("injected fault");
            }
        }
    }
}
