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

    /// <summary>Each rule that applies to a format has a fixture written in that format (<c>mgNNN-format-what</c>). Rules
    /// left out do not apply: MG101/MG103/MG116/MG117 read pipeline IDs and documents only, MG106/MG107 pipeline
    /// scenarios and phases, MG110-MG113 the pipeline's CHANGELOG and design; Kiro has no scenarios (MG105, MG115, MG123);
    /// spec-kit asks for no normative keyword (MG108) and its tasks have no subtasks (MG109); OpenSpec cites nothing by ID
    /// (MG104) and names rather than numbers (MG114), and a change's tasks cite no requirement and are checked only by
    /// the change rules (MG109, MG119, MG123). MG118 (the TODO(modulegen) line, read the same way in every format) is
    /// proven once, in Kiro.</summary>
    [Theory]
    [InlineData("spec-kit", "MG102 MG104 MG105 MG114 MG115 MG119 MG122 MG123 MG124")]
    [InlineData("kiro", "MG102 MG104 MG108 MG109 MG114 MG118 MG119 MG122 MG124")]
    [InlineData("openspec", "MG102 MG105 MG108 MG115 MG120 MG121 MG122 MG124")]
    public void EveryRuleOfAFormat_HasAFixtureInThatFormat(string format, string rules)
    {
        var fixtures = Directory.GetFiles(Path.Join(SpecFixture.Folder, "invalid"), "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Where(f => SpecDocsFixtureTests.FormatNamed(f) == format || (format == "spec-kit" && f is "mg122-broken-link" or "mg124-nothing-understood")).ToArray();

        rules.Split(' ').Where(r => !fixtures.Any(f => f.StartsWith(r.ToLowerInvariant() + "-", StringComparison.Ordinal))).Should().BeEmpty();
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

    [Fact]
    public void CheckDocs_DuplicateRequirementADoneTaskCitesWithoutScenario_ReportsEachDefect()
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);
        var requirements = "modules/oagw/docs/INTENT_REQUIREMENTS.md";
        _ws.Write(requirements, _ws.Read(requirements) + "\n### REQ-OAGW-05: Audit Log\nThe gateway MUST log each request.\n\n### REQ-OAGW-05: Audit Trail\nThe gateway MUST keep a trail.\n");
        var tasks = "modules/oagw/docs/TASKS.md";
        _ws.Write(tasks, _ws.Read(tasks).Replace("- [x] 2.2 Test error handling paths", "- [x] 2.2 Test error handling paths (REQ-OAGW-05)", StringComparison.Ordinal));

        var result = new SpecDocsServices(_ws.Root).Checker.Check(new CheckDocsRequest("oagw")).Value;

        result.Findings.Select(SpecDocsServices.Format).Should().Equal(
            "MG105 warning modules/oagw/docs/INTENT_REQUIREMENTS.md:17",
            "MG102 error modules/oagw/docs/INTENT_REQUIREMENTS.md:20",
            "MG105 warning modules/oagw/docs/INTENT_REQUIREMENTS.md:20",
            "MG123 warning modules/oagw/docs/TASKS.md:9");
    }

    public void Dispose() => _ws.Dispose();
}
