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

    [Fact]
    public async Task EnterAsync_HeldElsewhere_BusyNamesTheHolderAfterTheBoundedWait()
    {
        var workspace = _ws.Open();
        using var held = new KeyedLocks().Enter(workspace, KeyedLocks.WorkspaceFiles, "scaffold").Value;

        var waited = await new KeyedLocks(TimeSpan.FromMilliseconds(50)).EnterAsync(workspace, KeyedLocks.WorkspaceFiles, "workspace_add");

        waited.IsOk.Should().BeFalse();
        waited.Errors.Single().Code.Should().Be(ErrorCodes.WorkspaceBusy);
        waited.Errors.Single().Message.Should().Contain($"process {Environment.ProcessId} (scaffold)");
    }

    [Fact]
    public async Task EnterAsync_GateHeldInThisProcess_BusyNamesThisProcessCall()
    {
        var workspace = _ws.Open();
        var locks = new KeyedLocks(TimeSpan.FromMilliseconds(50));
        using var held = locks.Enter(workspace, KeyedLocks.WorkspaceFiles, "scaffold").Value;

        var waited = await locks.EnterAsync(workspace, KeyedLocks.WorkspaceFiles, "update_module");

        waited.Errors.Single().Code.Should().Be(ErrorCodes.WorkspaceBusy);
        waited.Errors.Single().Found.Should().Be("another call in this process");
    }

    [Fact]
    public async Task EnterAsync_CancelledWhileWaiting_Throws_AndLeavesTheKeyFreeForTheNextCaller()
    {
        var workspace = _ws.Open();
        var locks = new KeyedLocks();
        var held = new KeyedLocks().Enter(workspace, "plan:orders", "store_plan").Value;
        // Cancelled once the wait for the OS lock has begun (the outcome does not depend on when), not before it.
        using var cancelled = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));

        var waited = () => locks.EnterAsync(workspace, "plan:orders", "store_plan", cancelled.Token);

        await waited.Should().ThrowAsync<OperationCanceledException>();
        held.Dispose();
        using var next = (await locks.EnterAsync(workspace, "plan:orders", "store_plan")).Value;
        next.Should().NotBeNull("the cancelled wait released this process's gate");
    }

    [Fact]
    public async Task RunAsync_AfterTheHolderReleased_RunsTheBodyUnderTheLock()
    {
        var workspace = _ws.Open();
        var locks = new KeyedLocks(TimeSpan.FromMilliseconds(50));
        locks.Enter(workspace, KeyedLocks.WorkspaceFiles, "scaffold").Value.Dispose();

        var ran = await locks.RunAsync(workspace, KeyedLocks.WorkspaceFiles, "scaffold",
            () => Result<bool>.Ok(new KeyedLocks(TimeSpan.FromMilliseconds(1)).Enter(workspace, KeyedLocks.WorkspaceFiles, "probe").IsOk));

        ran.Value.Should().BeFalse("the body runs while the key is held, so another holder is refused");
    }

    public void Dispose() => _ws.Dispose();
}
