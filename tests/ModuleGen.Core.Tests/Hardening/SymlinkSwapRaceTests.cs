using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Workspace;
using ModuleGen.Core.Workspace.Native;

namespace ModuleGen.Core.Tests.Hardening;

/// <summary>A second thread swaps a folder for a link to outside the workspace (and back) while files are written into
/// it: every write either lands inside the workspace or fails; none ever lands outside.</summary>
public sealed class SymlinkSwapRaceTests : IDisposable
{
    private const int Writes = 300;
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task Write_WhileAFolderIsSwappedForALinkToOutside_NothingEscapes()
    {
        var workspace = _ws.Open();
        _ws.Write("modules/orders/keep.txt", "x");
        var folder = Path.Join(_ws.Root, "modules/orders");
        using var stop = new CancellationTokenSource();
        // The writes start only once the swapper has swapped once: on a fast or idle machine the loop below could
        // otherwise finish before the second thread is first scheduled, and nothing would have raced.
        using var swapping = new ManualResetEventSlim();
        var swaps = 0;
        var real = folder + ".real";
        var link = folder + ".link";
        Directory.CreateSymbolicLink(link, _ws.Outside);
        var swapper = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    Rename(folder, real);
                    Rename(link, folder); // the folder is now a link to outside
                    swaps++;
                    swapping.Set();
                    Rename(folder, link);
                    Rename(real, folder);
                }
                catch (IOException)
                {
                    // The writer recreated the folder while it was moved away (it creates missing folders): put the
                    // real one back and go on.
                    Repair(folder, real, link);
                }
            }
        });

        swapping.Wait(TimeSpan.FromSeconds(30)).Should().BeTrue("the swapper must start");
        var written = 0;
        for (var i = 0; i < Writes; i++)
        {
            // As every service does: the guard first, then the anchored write (the link may appear between the two).
            var path = workspace.Guard.Resolve($"modules/orders/sub/file{i}.txt", "");
            if (path.IsOk && workspace.Writer.WriteText(path.Value, "payload").IsOk)
            {
                written++;
            }
        }

        stop.Cancel();
        await swapper;
        var escapes = Directory.EnumerateFileSystemEntries(_ws.Outside, "*", SearchOption.AllDirectories).Count();
        Console.Error.WriteLine($"symlink-swap race: {Writes} writes, {written} landed inside, {swaps} swaps, {escapes} escapes");
        escapes.Should().Be(0);
        swaps.Should().BeGreaterThan(0, "the race must actually have run");
    }

    public void Dispose() => _ws.Dispose();

    /// <summary>Renames with rename(2) itself (links are moved as links, whatever they point at).</summary>
    private static void Rename(string from, string to)
    {
        if (Posix.RenameAt(-100, from, -100, to) != 0)
        {
            throw new IOException($"rename failed: errno {Posix.Errno}");
        }
    }

    private static void Repair(string folder, string real, string link)
    {
        try
        {
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                Rename(folder, link);
            }
            else if (Directory.Exists(folder) && Directory.Exists(real))
            {
                Directory.Delete(folder, recursive: true);
            }

            if (Directory.Exists(real) && !Directory.Exists(folder))
            {
                Rename(real, folder);
            }
        }
        catch (IOException)
        {
            // Raced with the writer again; the next round repairs.
        }
    }
}
