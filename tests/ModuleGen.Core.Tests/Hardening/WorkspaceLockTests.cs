using ModuleGen.Core.Common;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Hardening;

/// <summary>The workspace lock is an OS lock: a second holder (another process, here another lock set whose open file is
/// distinct, as in another process) waits a bounded time and then gets workspace.busy naming the holder.</summary>
public sealed class WorkspaceLockTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void Enter_HeldElsewhere_BusyNamesTheHolder()
    {
        var workspace = _ws.Open();
        var first = new KeyedLocks();
        var second = new KeyedLocks(TimeSpan.FromMilliseconds(50));

        using var held = first.Enter(workspace, KeyedLocks.WorkspaceFiles, "scaffold").Value;
        var waited = second.Enter(workspace, KeyedLocks.WorkspaceFiles, "workspace_add");

        waited.IsOk.Should().BeFalse();
        waited.Errors.Single().Code.Should().Be(ErrorCodes.WorkspaceBusy);
        waited.Errors.Single().Message.Should().Contain($"process {Environment.ProcessId} (scaffold)");
    }

    [Fact]
    public void Enter_AfterTheHolderReleased_Succeeds()
    {
        var workspace = _ws.Open();
        var first = new KeyedLocks();
        first.Enter(workspace, KeyedLocks.WorkspaceFiles, "scaffold").Value.Dispose();

        using var again = new KeyedLocks(TimeSpan.FromMilliseconds(50)).Enter(workspace, KeyedLocks.WorkspaceFiles, "scaffold").Value;

        again.Should().NotBeNull();
    }

    [Fact]
    public void Enter_Cancelled_StopsWaiting()
    {
        var workspace = _ws.Open();
        using var held = new KeyedLocks().Enter(workspace, "plan:orders", "store_plan").Value;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var waited = () => new KeyedLocks().Enter(workspace, "plan:orders", "store_plan", cancelled.Token);

        waited.Should().Throw<OperationCanceledException>();
    }

    public void Dispose() => _ws.Dispose();
}
