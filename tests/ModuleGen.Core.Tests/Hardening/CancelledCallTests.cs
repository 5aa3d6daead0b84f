using ModuleGen.Core.Registry;
using ModuleGen.Core.Tests.Support;
using static ModuleGen.Core.Tests.Support.DeploymentSupport;

namespace ModuleGen.Core.Tests.Hardening;

/// <summary>A call whose token is cancelled before it commits (the client gave up) writes nothing and says so with
/// <see cref="OperationCanceledException"/>, which the MCP host turns into the cancellation answer.</summary>
public sealed class CancelledCallTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public CancelledCallTests() => _ws.Dagster("orders");

    [Fact]
    public void ConfigureDeployment_CancelledBeforeTheCall_WritesNothing()
    {
        var before = _ws.TreeHash();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var configure = () => _ws.Deployments().Configure(Deploy("production", "git", ("host", "prod.example.com")), cancelled.Token);

        configure.Should().Throw<OperationCanceledException>();
        _ws.Exists("modules/orders/deploy/production.yaml").Should().BeFalse();
        _ws.TreeHash().Should().Be(before);
    }

    [Fact]
    public void WorkspaceAdd_CancelledBeforeTheCall_WritesNothing_AndTheSameCallUncancelledThenWrites()
    {
        var before = _ws.TreeHash();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var add = () => _ws.Registry().Add(new WorkspaceAddRequest("orders"), cancelled.Token);

        add.Should().Throw<OperationCanceledException>();
        _ws.TreeHash().Should().Be(before);
        _ws.Registry().Add(new WorkspaceAddRequest("orders")).Value.Changes.Should().ContainSingle().Which.Action.Should().Be(RegistryChange.Add);
    }

    public void Dispose() => _ws.Dispose();
}
