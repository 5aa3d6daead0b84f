using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Workspace;

/// <summary>A batch keeps the folders it opened; these pin that it lets go of a folder it removes or renames, so later
/// operations land in the folder the path names now, and that what it writes is what a plain instance sees.</summary>
public sealed class RootedFilesBatchTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void ForBatch_FolderRemovedAndMadeAgain_LaterFilesLandInTheNewFolder()
    {
        using var batch = RootedFiles.Create(_ws.Root).ForBatch();
        batch.CreateFile("a/b/one.txt", "1"u8, null, null, created: []);
        batch.Delete("a/b/one.txt");
        batch.DeleteEmptyFolder("a/b").Should().BeTrue();

        batch.CreateFile("a/b/two.txt", "2"u8, null, null, created: []);

        _ws.Read("a/b/two.txt").Should().Be("2");
        batch.Stat("a/b/two.txt").Kind.Should().Be(EntryKind.File);
    }

    [Fact]
    public void ForBatch_FileRenamedAcrossHeldFolders_IsWhereAPlainInstanceLooks()
    {
        using var batch = RootedFiles.Create(_ws.Root).ForBatch();
        batch.CreateFile("staging/new/0", "x"u8, null, null, created: []);
        batch.Rename("staging/new/0", "modules/orders/x.txt", created: []);
        batch.DeleteTree("staging");

        var plain = RootedFiles.Create(_ws.Root);
        plain.Stat("modules/orders/x.txt").Kind.Should().Be(EntryKind.File);
        plain.Stat("staging").Kind.Should().Be(EntryKind.Missing);
    }

    public void Dispose() => _ws.Dispose();
}
