using ModuleGen.Core.Common;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Plans;

public sealed class PlanStoreFaultTests : IDisposable
{
    private readonly FailingCommit _fault = new();
    private readonly PlanServices _s;

    public PlanStoreFaultTests()
    {
        _s = new PlanServices(_fault);
    }

    [Fact]
    public void Store_CrashBetweenTempWriteAndRename_LeavesThePreviousPlanIntactAndLoadable()
    {
        var first = _s.StoreValid(SamplePlans.Chain(1));
        _fault.FailOn = "/orders.json";

        var result = _s.Store.Store(new StorePlanRequest(SamplePlans.Element(SamplePlans.Chain(3)), first));

        result.Errors.Single().Code.Should().Be(ErrorCodes.WriteFailed);
        var loaded = _s.Store.Load(new LoadPlanRequest("orders", null));
        loaded.Errors.Should().BeEmpty();
        loaded.Value.Revision.Should().Be(first);
        loaded.Value.Plan.Bricks.Should().HaveCount(1);
        Directory.EnumerateFiles(_s.Temp.Root, "*" + AtomicFileWriter.TempSuffix, SearchOption.AllDirectories).Should().BeEmpty();

        _fault.FailOn = null;
        _s.Store.Store(new StorePlanRequest(SamplePlans.Element(SamplePlans.Chain(3)), first)).Errors.Should().BeEmpty("a retry after the fault succeeds");
    }

    public void Dispose() => _s.Dispose();
}
