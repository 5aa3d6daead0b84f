using ModuleGen.Core.Programs;

namespace ModuleGen.Core.Tests.Programs;

/// <summary>The one way ModuleGen starts a program: exit code and output, a cap that never blocks the program, stdin
/// closed, and at timeout, cancellation or exit its whole process group killed — a child that outlived its parent too.</summary>
public sealed class ProgramRunnerTests : IDisposable
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    private readonly string _folder = Directory.CreateTempSubdirectory("modulegen-runner-").FullName;

    private string PidFile => Path.Join(_folder, "orphan.pid");

    [PosixFact]
    public void Run_ProgramExits_ReturnsItsExitCodeAndBothStreams()
    {
        var outcome = new ProgramRunner().Run(Shell("echo out; echo err >&2; exit 3"), CancellationToken.None);

        outcome.End.Should().Be(ProgramEnd.Exited);
        outcome.ExitCode.Should().Be(3);
        outcome.Stdout.Should().Be("out\n");
        outcome.Stderr.Should().Be("err\n");
        outcome.Succeeded.Should().BeFalse();
    }

    [PosixFact]
    public void Run_OutputOverTheCap_KeepsTheCapAndTheProgramFinishes()
    {
        var outcome = new ProgramRunner().Run(Shell("head -c 1048576 /dev/zero | tr '\\0' a; echo done >&2") with { OutputCap = 1000 }, CancellationToken.None);

        outcome.Succeeded.Should().BeTrue("a program writing past the cap is drained, never blocked on a full pipe");
        outcome.Stdout.Should().HaveLength(1000);
        outcome.OutputCut.Should().BeTrue();
        outcome.Stderr.Should().Be("done\n");
    }

    [PosixFact]
    public void Run_ProgramReadingStdin_GetsEndOfFileAtOnce()
    {
        var outcome = new ProgramRunner().Run(Shell("cat; echo read-all") with { Timeout = Within }, CancellationToken.None);

        outcome.Succeeded.Should().BeTrue();
        outcome.Stdout.Should().Be("read-all\n");
    }

    [PosixFact]
    public void Run_PastTheTimeout_KillsTheWholeProcessGroupOrphansIncluded()
    {
        var outcome = new ProgramRunner().Run(Shell(LeaveOrphanThen("sleep 300")) with { Timeout = TimeSpan.FromSeconds(2) }, CancellationToken.None);

        outcome.End.Should().Be(ProgramEnd.TimedOut);
        outcome.ExitCode.Should().BeNull();
        var orphan = ReadPid();
        StandInDg.Eventually(() => StandInDg.IsGone(orphan), Within).Should().BeTrue($"the orphan {orphan} left the tree but not the process group");
    }

    [PosixFact]
    public void Run_ProgramExitsLeavingAChild_TheChildIsKilledToo()
    {
        var outcome = new ProgramRunner().Run(Shell(LeaveOrphanThen("exit 0")) with { Timeout = Within }, CancellationToken.None);

        outcome.Succeeded.Should().BeTrue();
        var orphan = ReadPid();
        StandInDg.Eventually(() => StandInDg.IsGone(orphan), Within).Should().BeTrue("nothing a program started outlives its run");
    }

    [PosixFact]
    public async Task Run_Cancelled_KillsTheGroupAndThrows()
    {
        using var cancel = new CancellationTokenSource();
        var run = Task.Run(() => new ProgramRunner().Run(Shell(LeaveOrphanThen("sleep 300")) with { Timeout = TimeSpan.FromMinutes(5) }, cancel.Token));
        StandInDg.Eventually(() => File.Exists(PidFile) && new FileInfo(PidFile).Length > 0, Within).Should().BeTrue();

        cancel.Cancel();

        await run.Awaiting(r => r.WaitAsync(Within)).Should().ThrowAsync<OperationCanceledException>();
        var orphan = ReadPid();
        StandInDg.Eventually(() => StandInDg.IsGone(orphan), Within).Should().BeTrue();
    }

    [Fact]
    public void Run_ProgramMissing_CouldNotStart()
    {
        var outcome = new ProgramRunner().Run(new ProgramRun(Path.Join(_folder, "no-such-program"), [], _folder), CancellationToken.None);

        outcome.End.Should().Be(ProgramEnd.CouldNotStart);
        outcome.StartError.Should().NotBeNullOrEmpty();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ProgramRun Shell(string script) => new("/bin/sh", ["-c", script], _folder);

    // A grandchild that leaves the process tree (its parent subshell exits at once) but stays in the group.
    private string LeaveOrphanThen(string then) =>
        $"( sh -c 'echo $$ > \"$0\"; exec sleep 300' '{PidFile}' & ); while [ ! -s '{PidFile}' ]; do :; done; {then}";

    private int ReadPid() => int.Parse(File.ReadAllText(PidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
}
