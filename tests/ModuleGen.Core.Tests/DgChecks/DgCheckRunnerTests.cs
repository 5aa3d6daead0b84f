using ModuleGen.Core.DgChecks;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.DgChecks;

/// <summary>dg runs only when the user allowed it, never installs or syncs, never writes into the repository, is
/// stopped at the timeout with its whole process group, and every outcome — passed, failed at a file and line, no
/// definitions, stopped, not run — is said as such (stand-in dg and uv record what ran).</summary>
public sealed class DgCheckRunnerTests : IDisposable
{
    private const string Project = "modules/orders";

    private readonly TempWorkspace _ws = new();
    private readonly StandInDg _dg = new();
    private readonly ModuleGenWorkspace _workspace;

    public DgCheckRunnerTests()
    {
        _ws.DgProject(Project);
        _ws.Write($"{Project}/src/orders/definitions.py", "import dagster as dg\n");
        _workspace = _ws.Open();
    }

    private WorkspacePath ProjectPath => _workspace.Guard.Resolve(Project, "").Value;

    [PosixFact]
    public void Check_DgNotAllowed_SaysNotRunAndHowToAllowAndRunsNothing()
    {
        var checks = DgSupport.Off(_workspace).Check(ProjectPath, CancellationToken.None);

        var check = checks.Should().ContainSingle().Subject;
        check.Status.Should().Be(DgCheckStatus.NotRun);
        check.Detail.Should().Contain("were not run").And.Contain("--allow-exec dg").And.Contain("dg check defs");
        _dg.Calls().Should().BeEmpty();
    }

    [PosixFact]
    public void Check_ReadOnlyServer_RunsNothingEvenWhenAllowed()
    {
        var checks = DgSupport.Allowed(_workspace, _dg, readOnly: true).Check(ProjectPath, CancellationToken.None);

        checks.Should().ContainSingle().Which.Detail.Should().Contain("read-only");
        _dg.Calls().Should().BeEmpty();
    }

    [PosixFact]
    public void Check_AllowedAndDgPasses_ReportsBothChecksAndWritesNothing()
    {
        var before = _ws.TreeHash();

        var checks = DgSupport.Allowed(_workspace, _dg).Check(ProjectPath, CancellationToken.None);

        checks.Select(c => (c.Name, c.Status)).Should().Equal((DgCheck.CheckDefs, DgCheckStatus.Passed), (DgCheck.ListDefs, DgCheckStatus.Passed));
        checks[1].Detail.Should().Contain("lists 1 asset, 1 resource, 1 schedule");
        _dg.Calls().Select(c => (c.Program, c.Arguments, c.Folder)).Should().Equal(
            ("dg", "check defs", ProjectPath.FullPath), ("dg", "list defs --json", ProjectPath.FullPath));
        _dg.Calls().Should().OnlyContain(c => c.Environment == "PYTHONDONTWRITEBYTECODE=1 UV_FROZEN=1 UV_NO_SYNC=1 UV_OFFLINE=1");
        _ws.TreeHash().Should().Be(before, "no __pycache__, lock file or environment appears in the repository");
    }

    [PosixFact]
    public void Check_DefinitionsFailToLoad_FailsAtTheProjectFileAndLineTheTracebackNames()
    {
        _dg.Mode("fail");

        var checks = DgSupport.Allowed(_workspace, _dg).Check(ProjectPath, CancellationToken.None);

        var check = checks.Should().ContainSingle("dg list defs is not run after a failed check").Subject;
        check.Status.Should().Be(DgCheckStatus.Failed);
        check.Location.Should().Be(new Core.Common.SourceLocation($"{Project}/src/orders/defs/assets.py", 7, 1));
        check.File.Should().Be($"{Project}/src/orders/defs/assets.py");
        check.Detail.Should().Contain("exited with code 1").And.Contain("ModuleNotFoundError: No module named 'orders.missing'");
    }

    [PosixFact]
    public void Check_ListsNoDefinitions_SaysSo()
    {
        _dg.Mode("empty");

        var checks = DgSupport.Allowed(_workspace, _dg).Check(ProjectPath, CancellationToken.None);

        checks.Select(c => c.Status).Should().Equal(DgCheckStatus.Passed, DgCheckStatus.NoDefinitions);
    }

    [PosixFact]
    public void Check_DgHangsPastTheTimeout_IsIncompleteAndItsProcessGroupKilled()
    {
        _dg.Mode("hang");

        var checks = DgSupport.Allowed(_workspace, _dg, TimeSpan.FromSeconds(2)).Check(ProjectPath, CancellationToken.None);

        var check = checks.Should().ContainSingle().Subject;
        check.Status.Should().Be(DgCheckStatus.Incomplete);
        check.Detail.Should().Contain("did not finish within 2 s");
        var orphan = _dg.OrphanPid!.Value;
        StandInDg.Eventually(() => StandInDg.IsGone(orphan), TimeSpan.FromSeconds(10)).Should().BeTrue();
    }

    [PosixFact]
    public void Check_OnlyUvAndTheProjectHasAnEnvironment_RunsUvRunFrozenNoSync()
    {
        _dg.HasDg(false);
        StandInDg.WriteProjectEnvironment(ProjectPath.FullPath);

        var checks = DgSupport.Allowed(_workspace, _dg).Check(ProjectPath, CancellationToken.None);

        checks.Should().OnlyContain(c => c.Status == DgCheckStatus.Passed);
        checks[0].Detail.Should().Contain("`uv run --frozen --no-sync dg check defs` (environment modules/orders/.venv)");
        _dg.Calls().Select(c => (c.Program, c.Arguments, c.ProjectEnvironment)).Should().Equal(
            ("uv", "run --frozen --no-sync dg check defs", Path.Join(ProjectPath.FullPath, ".venv")),
            ("uv", "run --frozen --no-sync dg list defs --json", Path.Join(ProjectPath.FullPath, ".venv")));
    }

    [PosixTheory]
    [InlineData(true, "no environment (.venv) yet")]
    [InlineData(false, "neither dg nor uv is on PATH")]
    public void Check_NoDgWithoutInstallingOrSyncing_IsNotRunAndSaysWhy(bool uvOnPath, string why)
    {
        _dg.HasDg(false);
        var checks = DgSupport.Allowed(_workspace, uvOnPath ? _dg : null).Check(ProjectPath, CancellationToken.None);

        checks.Should().ContainSingle().Which.Should().Match<DgCheck>(c => c.Status == DgCheckStatus.NotRun && c.Detail.Contains(why));
        _dg.Calls().Should().BeEmpty("ModuleGen never creates or syncs an environment to find dg");
    }

    public void Dispose()
    {
        _ws.Dispose();
        _dg.Dispose();
    }
}
