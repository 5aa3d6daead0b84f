using ModuleGen.Core.Common;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Hardening;

/// <summary>Every step of a multi-file commit, faulted (an I/O error the transaction handles) or crashed (the process
/// stops there, as under SIGKILL, and the next ModuleGen process repairs from the journal), leaves the module whole:
/// the old version, byte for byte and mode for mode — never a mix.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Collection(CommitLocksCollection.Name)]
public sealed class CommitFaultTests : IDisposable
{
    private static readonly string[] s_addons = ["postgresql", "schedules", "workspace", "deploy-git"];
    private readonly TempWorkspace _ws = new();

    public static TheoryData<CommitPoint, int> Steps()
    {
        var data = new TheoryData<CommitPoint, int>();
        foreach (var point in Enum.GetValues<CommitPoint>())
        {
            foreach (var nth in point == CommitPoint.BeforeCommitPoint || point == CommitPoint.JournalWritten ? new[] { 0 } : [0, 1, 4, 9])
            {
                data.Add(point, nth);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Scaffold_IOFaultAtStep_WorkspaceUnchanged(CommitPoint point, int nth)
    {
        var before = Prepare();

        var result = _ws.Scaffolder(new FaultAt(point, nth, crash: false)).Scaffold(Request());

        result.IsOk.Should().BeFalse();
        result.Errors.Select(e => e.Code).Should().Equal(ErrorCodes.ScaffoldCommitFailed);
        _ws.TreeHash().Should().Be(before);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Scaffold_CrashAtStep_NextProcessRestoresTheWholeOldVersion(CommitPoint point, int nth)
    {
        var before = Prepare();

        var crashed = () => _ws.Scaffolder(new FaultAt(point, nth, crash: true)).Scaffold(Request());

        crashed.Should().Throw<SimulatedCrash>();
        var report = StaleArtefacts.Remove(_ws.Open(), _ => false);
        report.Failed.Should().BeEmpty();
        _ws.TreeHash().Should().Be(before, "a crash at {0} #{1} must leave the old module, not a mix", point, nth);
    }

    [Fact]
    public void Scaffold_Overwrite_KeepsModesOfReplacedFiles()
    {
        Prepare();

        _ws.Scaffolder().Scaffold(Request()).IsOk.Should().BeTrue();

        File.GetUnixFileMode(Path.Join(_ws.Root, "workspace.yaml")).Should().Be((UnixFileMode)0x180, "a 600 registry stays 600");
        File.GetUnixFileMode(Path.Join(_ws.Root, "modules/orders/README.md")).Should().Be((UnixFileMode)0x1ED, "a 755 file stays 755");
    }

    [Fact]
    public void Scaffold_ReadOnlyFileInTheWay_RefusedAndNothingWritten()
    {
        var before = Prepare();
        File.SetUnixFileMode(Path.Join(_ws.Root, "modules/orders/README.md"), (UnixFileMode)0x124);
        before = _ws.TreeHash();

        var result = _ws.Scaffolder().Scaffold(Request());

        result.Errors.Select(e => e.Code).Should().Contain(ErrorCodes.ReadOnlyFile);
        _ws.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Scaffold_FileChangedAfterDryRun_ApplyWithTheIdRefusesAndWritesNothing()
    {
        Prepare();
        var preview = _ws.Scaffolder().Scaffold(Request() with { DryRun = true });
        _ws.Write("modules/orders/README.md", "edited after the preview\n");
        var before = _ws.TreeHash();

        var applied = _ws.Scaffolder().Scaffold(Request() with { ChangeSetId = preview.Value.ChangeSetId });

        applied.Errors.Select(e => e.Code).Should().Equal(ErrorCodes.ChangeSetStale);
        _ws.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Scaffold_UnchangedSinceDryRun_ApplyWithTheIdWritesIt()
    {
        Prepare();
        var preview = _ws.Scaffolder().Scaffold(Request() with { DryRun = true });

        var applied = _ws.Scaffolder().Scaffold(Request() with { ChangeSetId = preview.Value.ChangeSetId });

        applied.IsOk.Should().BeTrue();
        applied.Value.ChangeSetId.Should().Be(preview.Value.ChangeSetId);
        applied.Value.Counts.Should().Equal(preview.Value.Counts, "the apply says how much it wrote");
        applied.Value.Changes.Should().BeEmpty("the dry run listed the files; the id proves they were written");
    }

    [Fact]
    public void Scaffold_Cancelled_WritesNothing()
    {
        var before = Prepare();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var call = () => _ws.Scaffolder().Scaffold(Request(), cancellationToken: cancelled.Token);

        call.Should().Throw<OperationCanceledException>();
        _ws.TreeHash().Should().Be(before);
    }

    public void Dispose() => _ws.Dispose();

    private static ScaffoldRequest Request() => Requests.Scaffold("dagster-module", "modules/orders", onConflict: "overwrite", addons: s_addons);

    private string Prepare()
    {
        File.SetUnixFileMode(_ws.Write("workspace.yaml", "load_from:\n  - python_file: other.py\n"), (UnixFileMode)0x180);
        File.SetUnixFileMode(_ws.Write("modules/orders/README.md", "hand-written\n"), (UnixFileMode)0x1ED);
        return _ws.TreeHash();
    }

    /// <summary>Stands for the process dying: not an I/O error, so nothing in ModuleGen handles it.</summary>
    private sealed class SimulatedCrash : Exception;

    /// <summary>Faults (or crashes) the <paramref name="nth"/> time <paramref name="point"/> is reached outside .modulegen/.</summary>
    private sealed class FaultAt(CommitPoint point, int nth, bool crash) : IWriteInterceptor
    {
        private int _seen;

        public void BeforeCommit(WorkspacePath destination)
        {
        }

        public void At(CommitPoint reached, WorkspacePath destination)
        {
            if (reached == point && _seen++ == nth)
            {
                throw crash ? new SimulatedCrash() : new IOException("injected fault");
            }
        }
    }
}
