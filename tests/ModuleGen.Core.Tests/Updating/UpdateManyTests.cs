using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Updating;

namespace ModuleGen.Core.Tests.Updating;

/// <summary>update_module's check and its update of every module, over workspaces of modules generated from the
/// evolving pack at several versions.</summary>
public sealed class UpdateManyTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private void Scaffold(string name) =>
        _ws.Scaffolder().Scaffold(new ScaffoldRequest(EvolvingPack.Name, $"modules/{name}", new Dictionary<string, object?> { ["name"] = name }, [])).IsOk.Should().BeTrue();

    private void Edit(string file, string from, string to) => _ws.Write(file, _ws.Read(file).Replace(from, to, StringComparison.Ordinal));

    private static ModuleUpdateStatus Row(UpdateManyResult result, string name) => result.Modules.Single(m => m.Module == name);

    [Fact]
    public void Check_ModulesAtThreePackVersions_StatesMergesAndTheAuditAgree()
    {
        EvolvingPack.Write(_ws, 1);
        Scaffold("alpha");
        Edit("modules/alpha/config.txt", "level = 1\n", "level = 9\n");
        EvolvingPack.Write(_ws, 2);
        Scaffold("beta");
        EvolvingPack.Write(_ws, 3);
        Scaffold("gamma");
        var before = _ws.TreeHash();

        var check = _ws.Updater().Check(null, null).Value;

        _ws.TreeHash().Should().Be(before, "a check writes nothing");
        check.Modules.Select(m => (m.Module, m.State, m.FromVersion, m.ToVersion)).Should().Equal(
            ("alpha", ModuleState.Outdated, "1.0.0", "3.0.0"), ("beta", ModuleState.Outdated, "2.0.0", "3.0.0"), ("gamma", ModuleState.Current, "3.0.0", "3.0.0"));
        Row(check, "alpha").Should().Match<ModuleUpdateStatus>(m => !m.Clean && m.Conflicts == 1 && m.NeedsAttention);
        Row(check, "beta").Should().Match<ModuleUpdateStatus>(m => m.Clean && m.Changes > 0 && !m.Updated);
        check.Counts["outdated"].Should().Be(2);
        AuditBehind().Should().Equal("alpha", "beta");

        // The pack changes without a new version: gamma now drifts, for the check and the audit alike.
        _ws.Write(".modulegen/templates/evolving/files/config.txt.sbn", "greeting = {{greeting}}\nlevel = 3\nmode = fast\n");

        var drifted = _ws.Updater().Check(null, null).Value;

        Row(drifted, "gamma").State.Should().Be(ModuleState.Drifted);
        AuditBehind().Should().Equal("alpha", "beta", "gamma");
        drifted.Modules.Where(m => m.State is ModuleState.Outdated or ModuleState.Drifted).Select(m => m.Module).Should().Equal(AuditBehind());
    }

    [Fact]
    public void Check_OneModule_OnlyThatOne()
    {
        EvolvingPack.Write(_ws, 1);
        Scaffold("alpha");
        Scaffold("beta");
        EvolvingPack.Write(_ws, 2);

        var check = _ws.Updater().Check(null, "beta").Value;

        check.Modules.Should().ContainSingle().Which.Should().Match<ModuleUpdateStatus>(m => m.Module == "beta" && m.State == ModuleState.Outdated && m.TargetDir == "modules/beta");
    }

    [Fact]
    public void UpdateAll_TenModulesOneConflict_EachItsOwnTransactionAndTheConflictReported()
    {
        EvolvingPack.Write(_ws, 1);
        var names = Enumerable.Range(0, 10).Select(i => $"m{i}").ToArray();
        foreach (var name in names)
        {
            Scaffold(name);
        }

        Edit("modules/m4/config.txt", "level = 1\n", "level = 7\n");
        EvolvingPack.Write(_ws, 2);
        var progress = new List<UpdateProgress>();

        var all = _ws.Updater().UpdateAll(null, dryRun: false, new Collect(progress)).Value;

        all.Modules.Should().HaveCount(10).And.OnlyContain(m => m.Updated && m.FromVersion == "1.0.0" && m.ToVersion == "2.0.0");
        all.Modules.Where(m => m.Conflicts > 0).Select(m => m.Module).Should().Equal("m4");
        all.NeedsAttention.Should().BeTrue();
        all.Counts["updated"].Should().Be(10);
        all.Counts["conflicts"].Should().Be(1);
        progress.Select(p => p.Done).Should().Equal(Enumerable.Range(1, 10));
        progress.Should().OnlyContain(p => p.Total == 10).And.Contain(p => p.Module == "m4" && p.Outcome == "updated with conflicts");
        _ws.Read("modules/m0/config.txt").Should().Be("greeting = hello\nlevel = 2\n");
        ConflictMarkers.Find(_ws.Read("modules/m4/config.txt")).Should().Equal(2);

        EvolvingPack.Write(_ws, 3);
        var next = _ws.Updater().UpdateAll(null, dryRun: false).Value;

        Row(next, "m4").Should().Match<ModuleUpdateStatus>(m => !m.Updated && m.Unresolved!.Single() == "modules/m4/config.txt:2" && m.NeedsAttention);
        next.Modules.Where(m => m.Module != "m4").Should().OnlyContain(m => m.Updated && m.ToVersion == "3.0.0");
        _ws.Read("modules/m4/.modulegen-answers.yaml").Should().Contain("version: \"2.0.0\"", "a module whose conflicts are unresolved is left as it is");
    }

    [Fact]
    public void UpdateAll_UnreadableAnswersFile_ThatModuleFailsTheOthersUpdate()
    {
        EvolvingPack.Write(_ws, 1);
        Scaffold("good");
        Scaffold("broken");
        _ws.Write("modules/broken/.modulegen-answers.yaml", "pack: [unclosed\n");
        EvolvingPack.Write(_ws, 2);

        var all = _ws.Updater().UpdateAll(null, dryRun: false).Value;

        Row(all, "broken").Should().Match<ModuleUpdateStatus>(m => m.State == ModuleState.Failed && m.Errors!.Count > 0 && !m.Updated);
        Row(all, "good").Updated.Should().BeTrue();
    }

    [Fact]
    public void UpdateAll_Again_NothingLeftToUpdate()
    {
        EvolvingPack.Write(_ws, 1);
        Scaffold("alpha");
        EvolvingPack.Write(_ws, 2);
        _ws.Updater().UpdateAll(null, dryRun: false).Value.Counts["updated"].Should().Be(1);
        var before = _ws.TreeHash();

        var again = _ws.Updater().UpdateAll(null, dryRun: false).Value;

        again.Modules.Should().ContainSingle().Which.Should().Match<ModuleUpdateStatus>(m => m.State == ModuleState.Current && !m.Updated && !m.NeedsAttention);
        again.NeedsAttention.Should().BeFalse();
        _ws.TreeHash().Should().Be(before);
    }

    private string[] AuditBehind() =>
        [.. _ws.Findings().Where(f => f.RuleId == "MG017").Select(f => f.Module!).Order(StringComparer.Ordinal)];

    private sealed class Collect(List<UpdateProgress> into) : IProgress<UpdateProgress>
    {
        public void Report(UpdateProgress value) => into.Add(value);
    }
}
