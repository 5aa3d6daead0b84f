using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Hardening;

/// <summary>The start-up clean-up removes exactly ModuleGen's own leftovers of dead processes, inside the workspace.</summary>
public sealed class StaleArtefactsTests : IDisposable
{
    private const int Dead = 999_999_001;
    private const int Alive = 999_999_002;
    private const string Guid32 = "0123456789abcdef0123456789abcdef";
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void Remove_DeletesDeadOwnersLeftovers_KeepsLiveOnesAndEverythingElse()
    {
        _ws.Write($".modulegen/staging/{Dead}-aaaa/new/0", "staged");
        _ws.Write($".modulegen/staging/{Alive}-bbbb/new/0", "in flight");
        _ws.Write(".modulegen/staging/cccc/new/0", "legacy, no owner");
        _ws.Write($"modules/orders/.core.py.{Dead}-{Guid32}.mgtmp", "torn");
        _ws.Write($"modules/orders/.core.py.{Alive}-{Guid32}.mgtmp", "being written");
        _ws.Write($"ai_working/plans/.orders.json.{Guid32}.mgtmp", "legacy temp");
        _ws.Write($".modulegen/.audit.sarif.{Dead}-{Guid32}.mgtmp", "report temp");
        _ws.Write($"node_modules/pkg/.x.{Dead}-{Guid32}.mgtmp", "skipped folder");
        _ws.Write("modules/orders/core.py", "keep\n");
        _ws.Write($"modules/orders/notes.{Dead}-{Guid32}.mgtmp", "not hidden: not ours");
        _ws.Write($"modules/orders/.notes.{Dead}-{Guid32}.tmp", "other suffix: not ours");
        File.WriteAllText(Path.Join(_ws.Outside, $".secret.{Dead}-{Guid32}.mgtmp"), "outside");
        _ws.Link("linked", _ws.Outside);

        var report = StaleArtefacts.Remove(_ws.Open(), pid => pid == Alive);

        report.Removed.Should().Equal(
            $".modulegen/.audit.sarif.{Dead}-{Guid32}.mgtmp",
            $".modulegen/staging/{Dead}-aaaa",
            ".modulegen/staging/cccc",
            $"ai_working/plans/.orders.json.{Guid32}.mgtmp",
            $"modules/orders/.core.py.{Dead}-{Guid32}.mgtmp");
        report.Failed.Should().BeEmpty();
        _ws.Exists($".modulegen/staging/{Alive}-bbbb/new/0").Should().BeTrue();
        _ws.Exists($"modules/orders/.core.py.{Alive}-{Guid32}.mgtmp").Should().BeTrue();
        _ws.Exists($"node_modules/pkg/.x.{Dead}-{Guid32}.mgtmp").Should().BeTrue();
        _ws.Exists($"modules/orders/notes.{Dead}-{Guid32}.mgtmp").Should().BeTrue();
        _ws.Exists($"modules/orders/.notes.{Dead}-{Guid32}.tmp").Should().BeTrue();
        _ws.Read("modules/orders/core.py").Should().Be("keep\n");
        File.Exists(Path.Join(_ws.Outside, $".secret.{Dead}-{Guid32}.mgtmp")).Should().BeTrue("links are not followed");
    }

    [Fact]
    public void Remove_JournalOfAnOlderFormat_IsKeptWithItsFiles_NotUndoneWithTheWrongPaths()
    {
        // A version-1 journal kept staged files and backups in new/ and backup/ folders; read with today's paths its
        // backups would look missing. It is left for a person, with the failure saying where.
        var staging = $".modulegen/staging/{Dead}-aaaa";
        _ws.Write($"{staging}/journal", "modulegen-commit-journal 1\nfile\t0\t1\t0\tabc\tmodules/orders/core.py\n");
        _ws.Write($"{staging}/backup/0", "the previous core.py\n");
        _ws.Write("modules/orders/core.py", "half-committed\n");

        var report = StaleArtefacts.Remove(_ws.Open(), _ => false);

        report.Removed.Should().BeEmpty();
        report.Failed.Should().ContainSingle().Which.Should().StartWith(staging);
        _ws.Read($"{staging}/backup/0").Should().Be("the previous core.py\n");
        _ws.Read("modules/orders/core.py").Should().Be("half-committed\n");
    }

    [Fact]
    public void Remove_NothingStale_RemovesNothingAndChangesNothing()
    {
        _ws.Write("modules/orders/core.py", "keep\n");
        var before = _ws.TreeHash();

        var report = StaleArtefacts.Remove(_ws.Open());

        report.Removed.Should().BeEmpty();
        _ws.TreeHash().Should().Be(before);
    }

    [Theory]
    [InlineData("core.py")]
    [InlineData("a-very-long-name-that-goes-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-x.py")]
    public void TempName_IsRecognisedWithThisProcessAsOwner_AndFitsAFileSystem(string fileName)
    {
        var temp = AtomicFileWriter.TempName(fileName);

        AtomicFileWriter.IsTempName(temp, out var owner).Should().BeTrue();
        owner.Should().Be(Environment.ProcessId);
        temp.Length.Should().BeLessThanOrEqualTo(255);
        AtomicFileWriter.IsTempName(fileName, out _).Should().BeFalse();
    }

    public void Dispose() => _ws.Dispose();
}
