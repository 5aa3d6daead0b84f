using System.Diagnostics;
using ModuleGen.Core.Common;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Hardening;

/// <summary>FIFOs and devices in the workspace are neither read (no hang, no endless read) nor replaced.</summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void ReadAll_Fifo_RefusedWithoutBlocking()
    {
        MakeFifo("TASKS.md");

        var read = () => _ws.Open().Writer.Files.ReadAll("TASKS.md", 1024);

        read.Should().Throw<WorkspaceIOException>().WithMessage("*not a regular file*");
    }

    [Fact]
    public void Write_OverFifo_Refused()
    {
        MakeFifo("workspace.yaml");
        var workspace = _ws.Open();

        var result = workspace.WriteText("workspace.yaml", "load_from: []\n");

        result.Errors.Select(e => e.Code).Should().Equal(ErrorCodes.NotRegularFile);
    }

    [Fact]
    public void ReadAll_CharacterDeviceLink_Refused()
    {
        // A link to /dev/zero: the anchored read refuses the link itself, so the endless device is never opened.
        _ws.Link("TASKS.md", "/dev/zero");

        var read = () => _ws.Open().Writer.Files.ReadAll("TASKS.md", 1024);

        read.Should().Throw<WorkspaceIOException>();
    }

    [Fact]
    public void ReadAll_OverCap_Refused()
    {
        _ws.Write("big.md", new string('x', 4096));

        var read = () => _ws.Open().Writer.Files.ReadAll("big.md", 1024);

        read.Should().Throw<WorkspaceIOException>().WithMessage("*larger than 1024 bytes*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1024)]
    [InlineData(70_000)]
    public void ReadAll_AtOrUnderCap_ReadsEveryByte(int size)
    {
        var text = new string('x', size);
        _ws.Write("doc.md", text);

        var bytes = _ws.Open().Writer.Files.ReadAll("doc.md", 70_000);

        bytes.Should().HaveCount(size);
    }

    [Fact]
    public void ReadAllBytes_FileLongerThanItsStatedLength_ReadToItsEnd()
    {
        // A /proc file states length 0 and has content: the read goes past the stated length, as for a file that grew.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var bytes = RegularFile.ReadAllBytes("/proc/self/status");

        System.Text.Encoding.UTF8.GetString(bytes).Should().StartWith("Name:").And.Contain("\nPid:");
    }

    public void Dispose() => _ws.Dispose();

    private void MakeFifo(string relative)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", Path.Join(_ws.Root, relative)) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
    }
}
