// Snapshot tests: each built-in pack is rendered into a temporary workspace with a representative set of add-ons
// and compared, file by file, with the expected tree in Snapshots/PackSnapshotTests.<scenario>/ (a mismatch prints a
// unified diff). After an intended change to a pack, re-bless with:
//     MODULEGEN_BLESS=1 dotnet test tests/ModuleGen.Core.Tests --filter "FullyQualifiedName~PackSnapshotTests"
// and review the snapshot diff in git like any other change. CI never sets MODULEGEN_BLESS.
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Scaffolding;

public sealed class PackSnapshotTests
{
    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scaffold_Scenario_MatchesSnapshot(string scenario)
    {
        using var workspace = PackScenarios.Render(scenario);

        SnapshotAssert.Matches($"{nameof(PackSnapshotTests)}.{scenario}", workspace.Root);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scaffold_SameInputsTwice_SameBytes(string scenario)
    {
        using var first = PackScenarios.Render(scenario);
        using var second = PackScenarios.Render(scenario);

        second.TreeHash().Should().Be(first.TreeHash());
    }

    public static TheoryData<string> Scenarios() => PackScenarios.Names();
}
