using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Workspace;

public sealed class AtomicFileWriterTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void WriteText_NewFileInMissingFolder_CreatesItWithExactBytes()
    {
        var path = Resolve("a/b/c.txt");

        new AtomicFileWriter(_ws.Root).WriteText(path, "one\ntwo\n").IsOk.Should().BeTrue();

        File.ReadAllBytes(path.FullPath).Should().Equal("one\ntwo\n"u8.ToArray());
    }

    [Fact]
    public void WriteText_ExistingFile_ReplacesContentAndLeavesNoTempFile()
    {
        _ws.Write("x.txt", "old");

        new AtomicFileWriter(_ws.Root).WriteText(Resolve("x.txt"), "new").IsOk.Should().BeTrue();

        _ws.Read("x.txt").Should().Be("new");
        Directory.GetFiles(_ws.Root).Should().ContainSingle();
    }

    [Fact]
    public void Write_FaultBeforeRename_KeepsOldContentAndRemovesTemp()
    {
        _ws.Write("plan.json", "old");
        var writer = new AtomicFileWriter(_ws.Root, new ThrowingInterceptor());

        var result = writer.WriteText(Resolve("plan.json"), "new");

        result.Errors.Single().Code.Should().Be(ErrorCodes.WriteFailed);
        _ws.Read("plan.json").Should().Be("old");
        Directory.GetFiles(_ws.Root).Should().ContainSingle();
    }

    [Fact]
    public void Write_DestinationIsSymlink_IsRefusedAndTargetUntouched()
    {
        var target = Path.Join(_ws.Outside, "victim.txt");
        File.WriteAllText(target, "keep");
        _ws.Link("inside-link.txt", Path.Join(_ws.Root, "elsewhere.txt"));
        var path = new WorkspacePath(Path.Join(_ws.Root, "inside-link.txt"), "inside-link.txt");

        var result = new AtomicFileWriter(_ws.Root).WriteText(path, "overwrite");

        result.Errors.Single().Code.Should().Be(ErrorCodes.PathDestinationIsSymlink);
        File.ReadAllText(target).Should().Be("keep");
        File.Exists(Path.Join(_ws.Root, "elsewhere.txt")).Should().BeFalse();
    }

    [Fact]
    public void Write_DestinationIsFolder_IsRefused()
    {
        Directory.CreateDirectory(Path.Join(_ws.Root, "folder"));

        new AtomicFileWriter(_ws.Root).WriteText(Resolve("folder"), "x").Errors.Single().Code.Should().Be(ErrorCodes.WriteFailed);
    }

    private WorkspacePath Resolve(string relative) => new PathGuard(_ws.Root).Resolve(relative, "/p").Value;

    public void Dispose() => _ws.Dispose();

    private sealed class ThrowingInterceptor : IWriteInterceptor
    {
        public void BeforeCommit(WorkspacePath destination) => throw new IOException("injected fault");
    }
}
