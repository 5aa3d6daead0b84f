using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.SpecDocs;

/// <summary>The Markdig-based model: every element with its 1-based line, and the lenient variants read the same.</summary>
public sealed class DocumentModelTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void Load_CleanSet_ReadsEveryElementWithItsLine()
    {
        var set = Load("clean");

        set.Prefix.Should().Be("OAGW");
        set.InferredStep.Should().Be(4);
        set.Documents.Select(d => d.Kind).Should().HaveCount(9);
        set.Requirements.Select(r => (r.Id.Text, r.Id.Line, r.Title)).Should().Equal(
            ("REQ-OAGW-01", 3, "Request Forwarding"), ("REQ-OAGW-02", 7, "Authorization"), ("REQ-OAGW-03", 10, "Configurable Timeout"), ("REQ-OAGW-04", 14, "Upstream Health Check"));
        set.Requirements.Select(r => string.Join(",", r.Keywords)).Should().Equal("MUST", "MUST", "MAY", "SHOULD");
        set.Requirements[0].References.Select(r => (r.Text, r.Line)).Should().Equal(("PHASE-OAGW-1", 4), ("REQ-1", 5));
        set.DesignPhases.Select(p => (p.Number, p.Line)).Should().Equal((1, 12), (2, 16));
        set.GlobalRequirements.Should().BeEquivalentTo([1, 3, 10]);

        var first = set.Scenarios[0];
        (first.Id.Text, first.Id.Line, first.Id.Column, first.Section!.Number, first.Section.Line).Should().Be(("SCEN-OAGW-01", 5, 5, 1, 3));
        first.Steps.Select(s => (s.Keyword, s.Line)).Should().Equal(("WHEN", 6), ("THEN", 7), ("AND", 8));
        first.References.Select(r => r.Text).Should().Equal("REQ-OAGW-01", "REQ-1");
        set.Scenarios.Select(s => s.Section!.Number).Should().Equal(1, 1, 2, 2);

        set.Tasks.Select(t => (t.Id.Text, t.Section!.Number, t.IsDone)).Should().Equal(
            ("TASK-OAGW-01", 1, true), ("TASK-OAGW-02", 1, true), ("TASK-OAGW-03", 2, false), ("TASK-OAGW-04", 2, false));
        set.Tasks[0].Subtasks.Select(s => (s.Number, s.Major, s.Minor, s.Checked, s.Line)).Should().Equal(("1.1", 1, 1, true, 6), ("1.2", 1, 2, true, 7));
        set.Tasks[0].Subtasks[0].References.Select(r => r.Text).Should().Equal("SCEN-OAGW-01", "REQ-OAGW-01");
        set.Tasks[3].References.Select(r => r.Text).Should().Contain("TASK-OAGW-03");

        var log = set.Changelog!;
        (log.Title, log.TitleLine).Should().Be(("Changelog", 1));
        log.Versions.Select(v => (v.Version, v.Date, v.Bracketed, v.Line)).Should().Equal(("Unreleased", null, true, 5), ("0.1.0", "2024-01-15", true, 7));
        log.Versions[1].Sections.Single().Entries.Select(e => (e.Line, e.References.Single().Text)).Should().Equal((9, "SCEN-OAGW-01"), (10, "SCEN-OAGW-02"));

        set.Gaps.Single().Should().Match<GapEntry>(g => g.Id.Text == "SCEN-OAGW-01" && g.Intent == "Forward requests with 30s timeout" && g.Gap == "Timeout value differs");
        set.ActualRequirements.Single().Id.Text.Should().Be("REQ-OAGW-01");
        set.ActualScenarios.Single().Section!.Number.Should().Be(1);
    }

    [Fact]
    public void Load_LenientVariants_GiveTheSameModelAsTheCanonicalSet()
    {
        var canonical = Project(Load("clean"));
        using var other = new TempWorkspace();
        var lenientSet = Load("lenient", other);

        lenientSet.Documents.Select(d => Path.GetFileName(d.File)).Should().StartWith(["1_INTENT_DESIGN.md", "2_intent_requirements.md", "3-INTENT_SCENARIOS.md", "04_TASKS.md"]);
        Project(lenientSet).Should().Equal(canonical);
    }

    [Fact]
    public void Load_ReferenceLinkVersionsAndCrLf_AreRead()
    {
        _ws.Write("modules/oagw/docs/CHANGELOG.md", "# Changelog\r\n\r\n## [1.0.0] - 2024-02-01\r\n### Fixed\r\n- SCEN-OAGW-01: fix\r\n\r\n[1.0.0]: https://example.com/v1\r\n");

        var log = new SpecDocsServices(_ws.Root).Loader.Load("oagw").Value.Changelog!;

        log.Versions.Single().Should().Match<ChangelogVersion>(v => v.Version == "1.0.0" && v.Bracketed && v.Date == "2024-02-01" && v.Line == 3);
        log.Versions[0].Sections[0].Entries[0].Line.Should().Be(5);
    }

    private DocumentSet Load(string fixture, TempWorkspace? ws = null)
    {
        var target = ws ?? _ws;
        SpecFixture.Load("valid", fixture).WriteTo(target);
        var set = new SpecDocsServices(target.Root).Loader.Load("oagw");
        set.IsOk.Should().BeTrue();
        return set.Value;
    }

    private static IReadOnlyList<string> Project(DocumentSet set) =>
    [
        .. set.Requirements.Select(r => $"{r.Id.Id} {r.Id.Line} {r.Title} {string.Join(",", r.Keywords)} {Ids(r.References)}"),
        .. set.Scenarios.Select(s => $"{s.Id.Id} {s.Id.Line} {s.Title} phase {s.Section?.Number} {string.Join(",", s.Steps.Select(x => x.Keyword + x.Line))} {Ids(s.References)}"),
        .. set.Tasks.Select(t => $"{t.Id.Id} {t.Id.Line} {t.Title} phase {t.Section?.Number} {string.Join(",", t.Subtasks.Select(x => $"{x.Number}:{x.Checked}:{Ids(x.References)}"))}"),
        .. set.DesignPhases.Select(p => $"phase {p.Number} {p.Line}"),
        .. set.Changelog!.Versions.Select(v => $"{v.Version} {v.Date} {v.Line}"),
    ];

    private static string Ids(IEnumerable<IdOccurrence> references) => string.Join(",", references.Select(r => r.Id.ToString()));

    [Fact]
    public void Load_BoldSpanInsideAParagraph_IsACitationNotADefinition()
    {
        _ws.Write("modules/oagw/docs/TASKS.md", "# T\n\n### TASK-OAGW-04: Health\n**TASK-OAGW-03** comes first.\n\n- [ ] 4.1 Check (SCEN-OAGW-04)\n");

        var set = new SpecDocsServices(_ws.Root).Loader.Load("oagw").Value;

        set.Tasks.Select(t => t.Id.Text).Should().Equal("TASK-OAGW-04");
        set.Tasks[0].References.Select(r => r.Text).Should().Equal("TASK-OAGW-03", "SCEN-OAGW-04");
    }

    [Fact]
    public void Load_SubtaskCitations_EachBulletCitesWhatIsOnItsOwnLines()
    {
        _ws.Write("modules/oagw/docs/TASKS.md", string.Join('\n',
            "# T", "", "### TASK-OAGW-01: First (REQ-OAGW-09)", "Intro cites SCEN-OAGW-08.", "",
            "- [x] 1.1 Do (SCEN-OAGW-01)", "  continued with SCEN-OAGW-02", "  - nested REQ-OAGW-01",
            "- a note without a box (SCEN-OAGW-07)", "- [ ] 1.2 Next", "", "  second paragraph SCEN-OAGW-03",
            "", "Between the lists SCEN-OAGW-06.", "", "* [ ] 1.3 Last (SCEN-OAGW-04)", "", "After it SCEN-OAGW-05.",
            "", "### TASK-OAGW-02: Second", "- [x] 2.1 Only (SCEN-OAGW-01)", ""));

        var tasks = new SpecDocsServices(_ws.Root).Loader.Load("oagw").Value.Tasks;

        tasks[0].Subtasks.Select(s => $"{s.Number}: {string.Join(",", s.References.Select(r => r.Text))}").Should().Equal(
            "1.1: SCEN-OAGW-01,SCEN-OAGW-02,REQ-OAGW-01", ": SCEN-OAGW-07", "1.2: SCEN-OAGW-03", "1.3: SCEN-OAGW-04");
        tasks[1].Subtasks.Single().References.Select(r => r.Text).Should().Equal("SCEN-OAGW-01");
        tasks[0].References.Select(r => r.Text).Should().Equal("REQ-OAGW-09", "SCEN-OAGW-08", "SCEN-OAGW-01", "SCEN-OAGW-02", "REQ-OAGW-01",
            "SCEN-OAGW-07", "SCEN-OAGW-03", "SCEN-OAGW-06", "SCEN-OAGW-04", "SCEN-OAGW-05");
    }

    public void Dispose() => _ws.Dispose();
}
