using ModuleGen.Core.Audit;
using ModuleGen.Core.Common;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Hardening;

/// <summary>audit_workspace writes its report only to a new file or over an earlier ModuleGen report; configuration,
/// registry, plan, answers, log and version-control files are never overwritten, and nothing is written when refused.</summary>
public sealed class ReportPathTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Theory]
    [InlineData("workspace.yaml")]
    [InlineData("dg.toml")]
    [InlineData(".git/config")]
    [InlineData(".modulegen/logs/calls.jsonl")]
    [InlineData("ai_working/module_generator/plans/orders.json")]
    [InlineData("modules/orders/.modulegen-answers.yaml")]
    [InlineData("ai_working/module_generator_runs/orders/run.jsonl")]
    [InlineData("notes/user-file.md")]
    [InlineData("modules/orders/.modulegen-answers.deploy.yaml")]
    [InlineData("modules/orders/.modulegen-base.txt")]
    [InlineData("modules/orders/.modulegen-base.deploy.txt")]
    [InlineData("modules/orders/docs/INTENT_DESIGN.md")]
    [InlineData("guidelines/MODULE_REQUIREMENTS.md")]
    [InlineData(".hg/hgrc")]
    public void Audit_ReportOverAProtectedOrForeignFile_RefusedAndNothingWritten(string path)
    {
        _ws.Write(path, "user data\n");
        var before = _ws.TreeHash();

        var result = _ws.Audit().Run(new AuditRequest(null, AuditFormat.Markdown, path));

        result.Errors.Select(e => e.Code).Should().Contain(ErrorCodes.ReportPathRefused);
        _ws.TreeHash().Should().Be(before);
    }

    [Theory]
    [InlineData(AuditFormat.Markdown)]
    [InlineData(AuditFormat.Sarif)]
    [InlineData(AuditFormat.Json)]
    public void Audit_NewFileThenOwnReportAgain_BothWritten(string format)
    {
        _ws.Audit().Run(new AuditRequest(null, format, "reports/audit.out")).IsOk.Should().BeTrue();

        var again = _ws.Audit().Run(new AuditRequest(null, format, "reports/audit.out"));

        again.IsOk.Should().BeTrue(string.Join("; ", again.Errors.Select(e => e.Message)));
    }

    [Theory]
    [InlineData("modules/orders/docs/new-report.md")]
    [InlineData("ai_working/module_generator/plans/new-report.md")]
    [InlineData("reports/")]
    [InlineData("linked/report.md")]
    public void Audit_ReportIntoAFolderModuleGenReadsOrThroughALink_RefusedWithAStructuredError(string path)
    {
        Directory.CreateDirectory(Path.Join(_ws.Root, "reports"));
        Directory.CreateDirectory(Path.Join(_ws.Root, "real"));
        _ws.Link("linked", Path.Join(_ws.Root, "real"));
        var before = _ws.TreeHash();

        var result = _ws.Audit().Run(new AuditRequest(null, AuditFormat.Markdown, path));

        result.Errors.Select(e => e.Code).Should().Contain(ErrorCodes.ReportPathRefused);
        result.Errors.Should().OnlyContain(e => e.Pointer == "/report_path");
        _ws.TreeHash().Should().Be(before);
    }

    public void Dispose() => _ws.Dispose();
}
