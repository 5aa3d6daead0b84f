using ModuleGen.Core.Common;
using ModuleGen.Core.Execution;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Execution;

public sealed class RecipeCrashTests : IDisposable
{
    private readonly FailingCommit _fault = new();
    private readonly PlanServices _s;

    public RecipeCrashTests()
    {
        _s = new PlanServices(_fault);
    }

    [Fact]
    public void RecordStep_CrashWhileAppending_KeepsTheLogAsRecordedBefore()
    {
        _s.StoreValid(SamplePlans.Chain(1));
        _s.Recipe.RecordStep(new RecordStepRequest("orders", "b0", "specs", "done", null)).IsOk.Should().BeTrue();
        _fault.FailOn = ".jsonl";

        var failed = _s.Recipe.RecordStep(new RecordStepRequest("orders", "b0", "scaffold", "done", null));

        failed.Errors.Single().Code.Should().Be(ErrorCodes.WriteFailed);
        _fault.FailOn = null;
        var steps = _s.Recipe.NextSteps(new NextStepsRequest("orders", null)).Value;
        steps.Bricks[0].Steps.Select(s => s.Status).Should().Equal("done", "pending", "pending", "pending");
        steps.Warnings.Should().BeEmpty();
        steps.Next.Should().Be(new NextStep("b0", "scaffold", "pending"));
    }

    public void Dispose() => _s.Dispose();
}
