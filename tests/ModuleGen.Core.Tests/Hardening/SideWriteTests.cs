using ModuleGen.Core.Common;
using ModuleGen.Core.Telemetry;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Hardening;

/// <summary>The writes beside the commits — the call log, the rolling log, the lock files, the start-up clean-up — go
/// through the same root-anchored, no-follow path as commits: a folder swapped for a link, a hard link planted at a log
/// or lock file, a FIFO in its place, or a moved workspace parent never lets them change anything outside.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SideWriteTests : IDisposable
{
    private const string Secret = "outside content\n";
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void CallLog_LogsFolderSwappedForALink_WritesNothingOutside()
    {
        var log = CallLogOf(_ws.Open());
        _ws.Link(".modulegen/logs", _ws.Outside);

        log.Append(Event()).Should().BeFalse();

        Directory.EnumerateFileSystemEntries(_ws.Outside).Should().BeEmpty();
    }

    [Fact]
    public void CallLog_HardLinkPlantedAtTheLogFile_IsRefusedAndTheOutsideFileUnchanged()
    {
        var log = CallLogOf(_ws.Open());
        var outside = Path.Join(_ws.Outside, "victim");
        File.WriteAllText(outside, Secret);
        HardLink(outside, ".modulegen/logs/tool-calls.jsonl");

        log.Append(Event()).Should().BeFalse();

        File.ReadAllText(outside).Should().Be(Secret);
    }

    [Theory]
    [InlineData("link-folder")]
    [InlineData("hard-link")]
    [InlineData("fifo")]
    public void RollingLog_PlantedInTheWay_ThrowsAndChangesNothingOutside(string planted)
    {
        var workspace = _ws.Open();
        var log = new RollingLogFile(workspace, workspace.Guard.Resolve(".modulegen/logs", "").Value);
        var outside = Path.Join(_ws.Outside, "modulegen-20261201.log");
        File.WriteAllText(outside, Secret);
        switch (planted)
        {
            case "link-folder":
                _ws.Link(".modulegen/logs", _ws.Outside);
                break;
            case "hard-link":
                HardLink(outside, ".modulegen/logs/modulegen-20261201.log");
                break;
            default:
                Directory.CreateDirectory(Path.Join(_ws.Root, ".modulegen/logs"));
                SpecialNodes.Fifo(Path.Join(_ws.Root, ".modulegen/logs/modulegen-20261201.log"));
                break;
        }

        var append = () => log.Append(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), "a line with argument text\n");

        append.Should().Throw<IOException>();
        File.ReadAllText(outside).Should().Be(Secret);
        Directory.EnumerateFileSystemEntries(_ws.Outside).Should().ContainSingle();
    }

    [Fact]
    public void RollingLog_KeepsTheNewestFiles_AndRollsByDay()
    {
        var workspace = _ws.Open();
        var log = new RollingLogFile(workspace, workspace.Guard.Resolve(".modulegen/logs", "").Value);

        for (var day = 1; day <= 10; day++)
        {
            log.Append(new DateTimeOffset(2026, 11, day, 9, 0, 0, TimeSpan.Zero), $"day {day}\n");
        }

        Directory.EnumerateFiles(Path.Join(_ws.Root, ".modulegen/logs")).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should()
            .Equal(Enumerable.Range(4, 7).Select(d => $"modulegen-202611{d:00}.log"));
        _ws.Read(".modulegen/logs/modulegen-20261110.log").Should().Be("day 10\n");
    }

    [Theory]
    [InlineData("hard-link")]
    [InlineData("fifo")]
    public void WorkspaceLock_PlantedAtTheLockFile_IsRefusedAndChangesNothingOutside(string planted)
    {
        var workspace = _ws.Open();
        var locks = new KeyedLocks(TimeSpan.FromSeconds(2));
        locks.Enter(workspace, KeyedLocks.WorkspaceFiles, "first").Value.Dispose();
        var lockFile = Directory.EnumerateFiles(Path.Join(_ws.Root, KeyedLocks.LockFolder), "*.lock").Single(); // beside the folder's .gitignore
        File.Delete(lockFile);
        var outside = Path.Join(_ws.Outside, "victim");
        File.WriteAllText(outside, Secret);
        if (planted == "hard-link")
        {
            HardLink(outside, Path.GetRelativePath(_ws.Root, lockFile));
        }
        else
        {
            SpecialNodes.Fifo(lockFile);
        }

        var entered = locks.Enter(workspace, KeyedLocks.WorkspaceFiles, "second");

        entered.Errors.Select(e => e.Code).Should().Equal(ErrorCodes.WriteFailed);
        File.ReadAllText(outside).Should().Be(Secret);
    }

    [Fact]
    public void WorkspaceParentSwappedAfterOpening_TheCommitLandsInTheOpenedTree_NotTheNewOne()
    {
        _ws.Write("workspace.yaml", "load_from:\n");
        var scaffolder = _ws.Scaffolder();
        var parent = Path.GetDirectoryName(_ws.Root)!;
        var moved = Path.Join(parent, "ws-moved");
        Directory.Move(_ws.Root, moved);
        Directory.CreateSymbolicLink(_ws.Root, _ws.Outside); // the old path now leads to another tree

        var result = scaffolder.Scaffold(Requests.Scaffold("dagster-module", "modules/orders"));

        Directory.EnumerateFileSystemEntries(_ws.Outside, "*", SearchOption.AllDirectories).Should().BeEmpty("nothing lands in the tree now at the workspace's old path");
        result.Errors.Should().BeEmpty();
        File.Exists(Path.Join(moved, "modules/orders/.modulegen-answers.yaml")).Should().BeTrue("the commit went to the folder that was opened");
    }

    [Fact]
    public void StartUpCleanup_FolderSwappedForALinkWhileItRuns_NeverDeletesTheSameNamedFileOutside()
    {
        const string temp = ".core.py.999999001-0123456789abcdef0123456789abcdef.mgtmp";
        var outside = Path.Join(_ws.Outside, temp);
        File.WriteAllText(outside, Secret);
        var folder = Path.Join(_ws.Root, "modules/m");
        var parked = Path.Join(_ws.Root, "modules/parked");
        var workspace = _ws.Open();
        using var stop = new CancellationTokenSource();
        var racer = new Thread(() =>
        {
            // Swaps modules/m between the real folder and a link to the outside folder, as fast as it can.
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    Directory.Move(folder, parked);
                    File.CreateSymbolicLink(folder, _ws.Outside);
                    File.Delete(folder);
                    Directory.Move(parked, folder);
                }
                catch (IOException)
                {
                }
            }
        });
        racer.Start();

        var removedInside = 0;
        for (var i = 0; i < 200 && File.Exists(outside); i++)
        {
            if (Directory.Exists(folder) && new DirectoryInfo(folder).LinkTarget is null)
            {
                try
                {
                    File.WriteAllText(Path.Join(folder, temp), "stale copy\n");
                }
                catch (IOException)
                {
                }
            }

            removedInside += StaleArtefacts.Remove(workspace, _ => false).Removed.Count;
        }

        stop.Cancel();
        racer.Join();
        File.Exists(outside).Should().BeTrue($"the clean-up deletes only inside the workspace ({removedInside} stale copies removed inside)");
        File.ReadAllText(outside).Should().Be(Secret);
    }

    public void Dispose() => _ws.Dispose();

    private static CallLog CallLogOf(ModuleGenWorkspace workspace) =>
        new(workspace, workspace.Guard.Resolve($".modulegen/logs/{CallLog.FileName}", "").Value);

    private static CallEvent Event() => new("2026-12-01T09:00:00Z", "c1", "build_context", "{\"module\":\"secret argument\"}", 1, CallOutcome.Ok, null);

    private void HardLink(string existing, string relative) => SpecialNodes.HardLink(existing, Path.Join(_ws.Root, relative));
}
