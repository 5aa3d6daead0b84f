using ModuleGen.Core.Context;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Context;

public sealed class WorkspaceScannerTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void Scan_SkipsConfiguredFoldersAndLinks_AndSortsOrdinally()
    {
        _ws.Write("b.txt", "");
        _ws.Write("a/z.txt", "");
        _ws.Write("A.txt", "");
        _ws.Write("node_modules/pkg/package.json", "");
        _ws.Write(".git/config", "");
        _ws.Write(".venv/pyvenv.cfg", "");
        File.WriteAllText(Path.Join(_ws.Outside, "secret.txt"), "");
        _ws.Link("linked", _ws.Outside);
        _ws.Link("linked-file.txt", Path.Join(_ws.Outside, "secret.txt"));

        var scan = WorkspaceScanner.Scan(_ws.Root, Defaults());

        scan.Files.Should().Equal("A.txt", "a/z.txt", "b.txt");
        scan.StoppedEarly.Should().BeFalse();
    }

    [Fact]
    public void Scan_OverBudget_StopsAndSaysSo()
    {
        for (var i = 0; i < 10; i++)
        {
            _ws.Write($"f{i}.txt", "");
        }

        var scan = WorkspaceScanner.Scan(_ws.Root, Defaults() with { FileBudget = 4 });

        scan.Files.Should().HaveCount(4);
        scan.StoppedEarly.Should().BeTrue();
    }

    private static ScanConfig Defaults() => ConfigLoader.FromYaml(null).Value.Scan;

    public void Dispose() => _ws.Dispose();
}
