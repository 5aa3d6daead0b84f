using ModuleGen.Core.Common;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Hardening;

/// <summary>store_plan keeps the replaced revision and writes the new plan as one journaled commit: a crash at any step
/// leaves the old plan with no revisions folder (no empty folder, no orphan revision), or the new plan with its kept
/// revision — never one without the other.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Collection(CommitLocksCollection.Name)]
public sealed class StorePlanCrashTests : IDisposable
{
    private const string Plans = "ai_working/module_generator/plans";
    private readonly PlanServices _services = new();

    public static TheoryData<string> Steps() =>
        new(["revision-before-rename", "plan-before-rename", .. Enum.GetNames<CommitPoint>()]);

    [Theory]
    [MemberData(nameof(Steps))]
    public void StorePlan_CrashAtStep_NextStartLeavesTheOldPlanAndNoRevisionsFolder(string step)
    {
        var first = _services.StoreValid(SamplePlans.Chain(2));
        var before = _services.Temp.TreeHash();
        var workspace = ModuleGenWorkspace.Open(_services.Temp.Root, new Crash(step)).Value;
        var store = new PlanStore(workspace, new PlanValidator(workspace), new KeyedLocks());

        var crashed = () => store.Store(new StorePlanRequest(SamplePlans.Element(SamplePlans.Chain(3)), first));

        crashed.Should().Throw<SimulatedCrash>();
        StaleArtefacts.Remove(_services.Workspace, _ => false).Failed.Should().BeEmpty();
        _services.Temp.TreeHash().Should().Be(before, $"a crash at {step} leaves the old plan and no {PlanFiles.RevisionsSuffix} folder");
        _services.Temp.Exists($"{Plans}/orders{PlanFiles.RevisionsSuffix}").Should().BeFalse();
    }

    [Fact]
    public void StorePlan_Completed_KeepsTheReplacedRevision()
    {
        var first = _services.StoreValid(SamplePlans.Chain(2));

        _services.StoreValid(SamplePlans.Chain(3), first);

        _services.Temp.Exists($"{Plans}/orders{PlanFiles.RevisionsSuffix}/{PlanRevision.Hex(first)}.json").Should().BeTrue();
        _services.Temp.Exists(StaleArtefacts.StagingFolder).Should().BeFalse();
    }

    public void Dispose() => _services.Dispose();

    /// <summary>Crashes before the rename of the revision or of the plan, or at a commit step.</summary>
    private sealed class Crash(string step) : IWriteInterceptor
    {
        public void BeforeCommit(WorkspacePath destination)
        {
            var revision = destination.RelativePath.Contains(PlanFiles.RevisionsSuffix + "/", StringComparison.Ordinal);
            if ((step == "revision-before-rename" && revision) || (step == "plan-before-rename" && !revision))
            {
                throw new SimulatedCrash();
            }
        }

        public void At(CommitPoint point, WorkspacePath destination)
        {
            if (point.ToString() == step)
            {
                throw new SimulatedCrash();
            }
        }
    }
}
