using ModuleGen.Core.Audit;
using ModuleGen.Core.Common;
using ModuleGen.Core.DgChecks;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.DgChecks;

/// <summary>The audit checks a generated module's dg project with dg: MG201 (info) when dg may not run, MG202 at the
/// error's file and line when the definitions fail to load, nothing when they load; each project once per audit.</summary>
public sealed class DgAuditCheckTests : IDisposable
{
    private readonly TempWorkspace _ws = new();
    private readonly StandInDg _dg = new();

    public DgAuditCheckTests()
    {
        _ws.DgProject("modules/orders");
        _ws.Write("modules/orders/.modulegen-answers.yaml", "pack: \"dagster-module\"\nversion: \"2.0.0\"\nvariables: {}\naddons: []\nfiles: {}\ninjections: []\n");
        _ws.Write("modules/other/README.md", "# not generated, not checked\n");
        _ws.DgProject("modules/other");
    }

    [Fact]
    public void Run_DgNotAllowed_OneInfoFindingForTheGeneratedProject()
    {
        var findings = Audit(allowed: false).Run(new AuditRequest(null, AuditFormat.Json, null)).Value.Findings.Where(f => f.RuleId.StartsWith("MG2")).ToArray();

        var finding = findings.Should().ContainSingle("only the folder ModuleGen generated is checked").Subject;
        (finding.RuleId, finding.Severity, finding.Module, finding.File).Should().Be(("MG201", Severity.Info, "orders", "modules/orders/pyproject.toml"));
        finding.Message.Should().Contain("were not run");
        _dg.Calls().Should().BeEmpty();
    }

    [PosixTheory]
    [InlineData("pass", null)]
    [InlineData("fail", "MG202")]
    [InlineData("empty", "MG204")]
    public void Run_DgAllowed_FindingsFollowWhatDgSaid(string mode, string? rule)
    {
        _dg.Mode(mode);

        var findings = Audit(allowed: true).Run(new AuditRequest("orders", AuditFormat.Json, null)).Value.Findings.Where(f => f.RuleId.StartsWith("MG2")).ToArray();

        findings.Select(f => f.RuleId).Should().Equal(rule is null ? [] : [rule]);
        if (rule == "MG202")
        {
            (findings[0].File, findings[0].Line, findings[0].Severity).Should().Be(("modules/orders/src/orders/defs/assets.py", 7, Severity.Error));
        }

        _dg.Calls().Should().NotBeEmpty().And.OnlyContain(c => c.Folder.EndsWith("modules/orders", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_AreMg2xxAndEachIsDocumentedWithItsTitle()
    {
        var table = File.ReadAllLines(Path.Join(RepoPaths.Root, "docs", "audit-rules.md"));

        new RuleCatalogue(DgRules.All).Rules.Select(r => r.Id).Should().Equal("MG201", "MG202", "MG203", "MG204");
        foreach (var rule in DgRules.All)
        {
            table.Should().Contain(l => l.StartsWith($"| {rule.Id} | {rule.Title} | {rule.DefaultSeverity.ToString().ToLowerInvariant()} |", StringComparison.Ordinal), $"{rule.Id} needs its row in docs/audit-rules.md");
        }
    }

    public void Dispose()
    {
        _ws.Dispose();
        _dg.Dispose();
    }

    private AuditService Audit(bool allowed)
    {
        var workspace = _ws.Open();
        var store = new PlanStore(workspace, new PlanValidator(workspace), new KeyedLocks());
        var dg = allowed ? DgSupport.Allowed(workspace, _dg) : DgSupport.Off(workspace);
        return new AuditService(workspace, [new DgAuditCheck(workspace, store, dg)]);
    }
}
