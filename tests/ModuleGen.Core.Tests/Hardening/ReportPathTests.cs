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

    public void Dispose() => _ws.Dispose();
}
