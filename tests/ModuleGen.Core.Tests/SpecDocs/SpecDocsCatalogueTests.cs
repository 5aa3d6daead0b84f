using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.SpecDocs;

public sealed class SpecDocsCatalogueTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void Rules_AreMg1xxAndEachIsDocumentedWithItsTitle()
    {
        var table = File.ReadAllLines(Path.Join(RepoPaths.Root, "docs", "audit-rules.md"));

        SpecDocsAuditCheck.AllRules.Should().HaveCount(24);
        new RuleCatalogue(SpecDocsAuditCheck.AllRules).Rules.Should().HaveCount(24, "ids are unique");
        foreach (var rule in SpecDocsAuditCheck.AllRules)
        {
            rule.Id.Should().MatchRegex("^MG1[0-9]{2}$");
            table.Should().Contain(l => l.StartsWith($"| {rule.Id} | {rule.Title} | {rule.DefaultSeverity.ToString().ToLowerInvariant()} |", StringComparison.Ordinal), $"{rule.Id} needs its row in docs/audit-rules.md");
        }
    }

    [Fact]
    public void EveryRule_HasAnInvalidFixture()
    {
        var fixtures = Directory.GetFiles(Path.Join(SpecFixture.Folder, "invalid"), "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToArray();

        SpecDocsAuditCheck.AllRules.Where(r => !fixtures.Any(f => f.StartsWith(r.Id.ToLowerInvariant() + "-", StringComparison.Ordinal)))
            .Should().BeEmpty();
    }

    [Fact]
    public void AuditCheck_WithoutModule_RunsEveryModuleWithDocs()
    {
        SpecFixture.Load("invalid", "mg108-normative-keyword").WriteTo(_ws);
        _ws.Write("modules/other/docs/INTENT_DESIGN.md", "# Other\n\n- see SCEN-OTHER-01\n");
        _ws.Write("modules/nodocs/README.md", "x\n");
        var services = new SpecDocsServices(_ws.Root);

        var findings = new SpecDocsAuditCheck(services.Workspace, services.Loader).Run(null);

        findings.Select(f => (f.Module, f.RuleId)).Should().Equal(("oagw", "MG108"), ("other", "MG112"));
    }

    [Fact]
    public void CheckDocs_RuleSettings_TurnOffAndRegrade()
    {
        SpecFixture.Load("invalid", "mg114-id-gap").WriteTo(_ws);
        _ws.Write("modulegen.yaml", "audit:\n  rules:\n    MG114: error\n");
        var regraded = new SpecDocsServices(_ws.Root).Checker.Check(new CheckDocsRequest("oagw")).Value;
        _ws.Write("modulegen.yaml", "audit:\n  rules:\n    MG114: off\n");
        var off = new SpecDocsServices(_ws.Root).Checker.Check(new CheckDocsRequest("oagw")).Value;

        regraded.Findings.Single().Severity.Should().Be(Severity.Error);
        regraded.Counts.Should().Be(new FindingCounts(1, 0, 0, 1));
        off.Findings.Should().BeEmpty();
    }

    public void Dispose() => _ws.Dispose();
}
