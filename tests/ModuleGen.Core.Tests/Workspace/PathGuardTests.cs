using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Workspace;

public sealed class PathGuardTests : IDisposable
{
    private readonly TempWorkspace _ws = new();
    private readonly PathGuard _guard;

    public PathGuardTests()
    {
        _guard = new PathGuard(_ws.Root);
    }

    [Theory]
    [InlineData("modules/orders", "modules/orders")]
    [InlineData("./modules//orders/", "modules/orders")]
    [InlineData("modules/../plans/x.json", "plans/x.json")]
    [InlineData("modules\\orders", "modules/orders")]
    [InlineData("a/b.c/d-e_f.txt", "a/b.c/d-e_f.txt")]
    public void Resolve_PathInside_ReturnsRelativeForm(string input, string expected)
    {
        var result = _guard.Resolve(input, "/p");

        result.IsOk.Should().BeTrue();
        result.Value.RelativePath.Should().Be(expected);
        result.Value.FullPath.Should().Be(Path.Join(_ws.Root, expected));
    }

    [Fact]
    public void Resolve_AbsolutePathInsideRoot_IsAccepted()
    {
        _guard.Resolve(Path.Join(_ws.Root, "x", "y.txt"), "/p").Value.RelativePath.Should().Be("x/y.txt");
    }

    [Theory]
    [InlineData("", ErrorCodes.PathEmpty)]
    [InlineData("   ", ErrorCodes.PathEmpty)]
    [InlineData("../x", ErrorCodes.PathOutsideWorkspace)]
    [InlineData("a/../../x", ErrorCodes.PathOutsideWorkspace)]
    [InlineData("/etc/passwd", ErrorCodes.PathOutsideWorkspace)]
    [InlineData("C:/Windows/x", ErrorCodes.PathOutsideWorkspace)]
    [InlineData("a\0b", ErrorCodes.PathNulByte)]
    [InlineData("a\nb", ErrorCodes.PathInvalidCharacter)]
    [InlineData("con", ErrorCodes.PathReservedName)]
    [InlineData("modules/NUL.txt", ErrorCodes.PathReservedName)]
    [InlineData("x/com1/y", ErrorCodes.PathReservedName)]
    [InlineData("a/b?.txt", ErrorCodes.PathInvalidCharacter)]
    [InlineData("a/name.", ErrorCodes.PathInvalidCharacter)]
    public void Resolve_HostilePath_IsRefusedWithCode(string input, string code)
    {
        var result = _guard.Resolve(input, "/bricks/0/target_dir");

        result.IsOk.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Match<ToolError>(e => e.Code == code && e.Pointer == "/bricks/0/target_dir");
    }

    [Fact]
    public void Resolve_OverlongSegmentOrPath_IsRefused()
    {
        _guard.Resolve(new string('a', 256), "/p").Errors.Single().Code.Should().Be(ErrorCodes.PathTooLong);
        _guard.Resolve(string.Join('/', Enumerable.Repeat(new string('b', 100), 11)), "/p").Errors.Single().Code.Should().Be(ErrorCodes.PathTooLong);
    }

    [Fact]
    public void Resolve_ErrorNamesTheOffendingValue()
    {
        var error = _guard.Resolve("../../secret", "/p").Errors.Single();

        error.Message.Should().Contain("../../secret");
        error.Found.Should().Be("../../secret");
    }

    [Theory]
    [InlineData("escape")]
    [InlineData("escape/new/file.txt")]
    [InlineData("nested/escape/deeper")]
    public void Resolve_ThroughLinkLeavingRoot_IsRefused(string input)
    {
        _ws.Link("escape", _ws.Outside);
        _ws.Link("nested/escape", _ws.Outside);

        _guard.Resolve(input, "/p").Errors.Single().Code.Should().Be(ErrorCodes.PathSymlinkEscape);
    }

    [Fact]
    public void Resolve_DanglingLinkPointingOutside_IsRefused()
    {
        _ws.Link("dangling", Path.Join(_ws.Outside, "does-not-exist"));

        _guard.Resolve("dangling/x", "/p").Errors.Single().Code.Should().Be(ErrorCodes.PathSymlinkEscape);
    }

    [Fact]
    public void Resolve_RelativeLinkClimbingOut_IsRefused()
    {
        _ws.Link("up", "../outside");

        _guard.Resolve("up/file", "/p").Errors.Single().Code.Should().Be(ErrorCodes.PathSymlinkEscape);
    }

    [Fact]
    public void Resolve_LinkLoop_IsRefused()
    {
        _ws.Link("loop-a", Path.Join(_ws.Root, "loop-b"));
        _ws.Link("loop-b", Path.Join(_ws.Root, "loop-a"));

        _guard.Resolve("loop-a/x", "/p").Errors.Single().Code.Should().Be(ErrorCodes.PathSymlinkEscape);
    }

    [Fact]
    public void Resolve_LinkStayingInside_IsAccepted()
    {
        Directory.CreateDirectory(Path.Join(_ws.Root, "real"));
        _ws.Link("alias", Path.Join(_ws.Root, "real"));

        _guard.Resolve("alias/file.txt", "/p").IsOk.Should().BeTrue();
    }

    public void Dispose() => _ws.Dispose();
}
