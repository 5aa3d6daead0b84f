using System.Text.Json;
using ModuleGen.Core.Audit;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Audit;

public sealed class AuditServiceTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public AuditServiceTests()
    {
        _ws.Write("modules/beta/README.md", "");
        _ws.Write("modules/alpha/README.md", "");
    }

    [Fact]
    public void Run_WholeWorkspace_RunsWorkspaceThenEachModule_OrdersFindings_AndReportsProgress()
    {
        var progress = new List<AuditProgress>();

        var result = Service().Run(new AuditRequest(null, AuditFormat.Json, null), new SyncProgress(progress.Add)).Value;

        result.Modules.Should().Equal("alpha", "beta");
        result.Findings.Select(f => (f.Module, f.File, f.RuleId)).Should().Equal(
            (null, "workspace.yaml", "MG900"),
            ("alpha", "modules/alpha/a.py", "MG901"),
            ("beta", "modules/beta/a.py", "MG901"));
        result.Counts.Should().Be(new AuditCounts(1, 2, 0, 3));
        progress.Select(p => (p.Done, p.Total, p.Message)).Should().Equal((1, 3, "workspace"), (2, 3, "alpha"), (3, 3, "beta"));
    }

    [Fact]
    public void Run_RuleSettings_DisableAndRegrade()
    {
        _ws.Write("modulegen.yaml", "audit:\n  rules:\n    MG900: off\n    MG901: info\n");

        var result = Service().Run(new AuditRequest(null, AuditFormat.Json, null)).Value;

        result.Findings.Should().OnlyContain(f => f.RuleId == "MG901" && f.Severity == Severity.Info);
        result.Counts.Should().Be(new AuditCounts(0, 0, 2, 2));
    }

    [Fact]
    public void Run_RefusesBadFormatUnknownModuleUnknownRuleAndEscapingReport_AllAtOnce()
    {
        _ws.Write("modulegen.yaml", "audit:\n  rules:\n    MG999: off\n");

        var errors = Service().Run(new AuditRequest("gamma", "pdf", "../report.md")).Errors;

        errors.Select(e => (e.Code, e.Pointer)).Should().BeEquivalentTo(new[]
        {
            (ErrorCodes.ArgumentInvalid, "/format"),
            (ErrorCodes.AuditUnknownRule, "/audit/rules/MG999"),
            (ErrorCodes.PathOutsideWorkspace, "/report_path"),
            (ErrorCodes.AuditUnknownModule, "/module"),
        });
    }

    [Theory]
    [InlineData(AuditFormat.Json)]
    [InlineData(AuditFormat.Markdown)]
    [InlineData(AuditFormat.Sarif)]
    public void Run_ReportPath_WritesTheRenderedReportAtomically(string format)
    {
        var result = Service().Run(new AuditRequest("alpha", format, "reports/audit.out")).Value;

        result.ReportPath.Should().Be("reports/audit.out");
        var written = _ws.Read("reports/audit.out");
        if (format == AuditFormat.Json)
        {
            JsonDocument.Parse(written).RootElement.GetProperty("counts").GetProperty("total").GetInt32().Should().Be(1);
        }
        else
        {
            written.Should().Be(result.Report);
        }
    }

    [Fact]
    public void Run_Markdown_HasTableSectionPerModuleAndRules()
    {
        var report = Service().Run(new AuditRequest(null, AuditFormat.Markdown, null)).Value.Report!;

        report.Should().StartWith("# ModuleGen audit\n");
        report.Should().Contain("| error | MG900 | (workspace) | workspace.yaml:3 | Port 4000 \\| claimed twice. |");
        report.Should().Contain("## Module `alpha`").And.Contain("## Module `beta`").And.Contain("## Workspace");
        report.Should().Contain("| MG901 | Fake module rule |");
    }

    [Fact]
    public void Run_SameWorkspaceTwice_GivesIdenticalReports()
    {
        Service().Run(new AuditRequest(null, AuditFormat.Sarif, null)).Value.Report
            .Should().Be(Service().Run(new AuditRequest(null, AuditFormat.Sarif, null)).Value.Report);
    }

    internal AuditService Service() => new(ModuleGenWorkspace.Open(_ws.Root).Value, [new FakeCheck()]);

    public void Dispose() => _ws.Dispose();

    internal sealed class FakeCheck : IAuditCheck
    {
        public IReadOnlyList<AuditRule> Rules { get; } =
        [
            new("MG900", "Fake workspace rule", Severity.Error, "Workspace-wide problems break every module.", "Fix the registry."),
            new("MG901", "Fake module rule", Severity.Warning, "Modules should be tidy.", "Tidy the module."),
        ];

        public IReadOnlyList<Finding> RunWorkspace() =>
            [new Finding("MG900", Severity.Error, "Port 4000 | claimed twice.", "Pick another port.") { File = "workspace.yaml", Line = 3, Column = 7 }];

        public IReadOnlyList<Finding> Run(string? module) =>
            [new Finding("MG901", Severity.Warning, $"{module} is untidy.", "Tidy it.") { Module = module, File = $"modules/{module}/a.py", Line = 1 }];
    }

    private sealed class SyncProgress(Action<AuditProgress> report) : IProgress<AuditProgress>
    {
        public void Report(AuditProgress value) => report(value);
    }
}
