using System.Diagnostics;
using ModuleGen.Core.Common;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Hardening;

/// <summary>On a small tmpfs that fills up while a commit runs, the rollback still puts every file back (it renames
/// backups, it needs no space) and the error says what happened; reported as skipped where mounting is not allowed.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FullDiskTests : IDisposable
{
    private readonly string _mount = Directory.CreateTempSubdirectory("modulegen-tmpfs-").FullName;
    private bool _mounted;

    [SkippableFact]
    public void Scaffold_DiskFillsDuringCommit_RollbackNeedsNoSpaceAndRestoresEverything()
    {
        _mounted = Run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", _mount) == 0;
        Skip.IfNot(_mounted, "mount -t tmpfs is not allowed here (needs root / CAP_SYS_ADMIN); the full-disk scenario was not run.");

        var root = Path.Join(_mount, "ws");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Join(root, "workspace.yaml"), "load_from:\n  - python_file: other.py\n");
        Directory.CreateDirectory(Path.Join(root, "modules/orders"));
        File.WriteAllText(Path.Join(root, "modules/orders/README.md"), "hand-written\n");
        var before = Snapshot(root);
        var filler = new DiskFiller(Path.Join(_mount, "filler"));
        var opened = ModuleGenWorkspace.Open(root, filler);
        var service = new ScaffoldService(opened.Value, ScaffoldingSupport.Catalogue(opened.Value), new ModuleGen.Core.Templates.ScribanTemplateEngine());

        var result = service.Scaffold(Requests.Scaffold("dagster-module", "modules/orders", onConflict: "overwrite", addons: ["postgresql", "workspace"]));

        filler.Filled.Should().BeTrue("the disk must really have been full");
        result.Errors.Select(e => e.Code).Should().Equal(ErrorCodes.ScaffoldCommitFailed);
        result.Errors[0].Message.Should().Contain("no space left");
        Snapshot(root).Should().Equal(before);
    }

    public void Dispose()
    {
        if (_mounted)
        {
            Run("umount", "-l", _mount);
        }

        Directory.Delete(_mount, recursive: true);
    }

    private static string[] Snapshot(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/.modulegen/locks", StringComparison.Ordinal) && !p.EndsWith("/.modulegen", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => File.Exists(p) ? $"{p}\n{File.ReadAllText(p)}\n{File.GetUnixFileMode(p)}" : p)
            .ToArray();

    private static int Run(string command, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(command) { RedirectStandardError = true, UseShellExecute = false };
            arguments.ToList().ForEach(start.ArgumentList.Add);
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }

    /// <summary>After the second file is in place, fills the file system to the last byte, then fails the step with the
    /// error a full disk gives, so the rollback runs on a disk with no room.</summary>
    private sealed class DiskFiller(string path) : IWriteInterceptor
    {
        private int _renamed;

        public bool Filled { get; private set; }

        public void BeforeCommit(WorkspacePath destination)
        {
        }

        public void At(CommitPoint point, WorkspacePath destination)
        {
            if (point != CommitPoint.Renamed || ++_renamed != 2)
            {
                return;
            }

            using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                var block = new byte[64 * 1024];
                try
                {
                    while (true)
                    {
                        stream.Write(block);
                    }
                }
                catch (IOException)
                {
                    Filled = true;
                }
            }

            // Whatever the next step would have written now fails the way it does on a full disk.
            using var probe = new FileStream(Path.Join(Path.GetDirectoryName(path)!, "probe"), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
            probe.Write(new byte[64 * 1024]);
        }
    }
}
