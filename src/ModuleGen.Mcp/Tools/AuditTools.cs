using System.ComponentModel;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Audit;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the audit: every registered check over the workspace or one module, as JSON, Markdown or SARIF.</summary>
[McpServerToolType]
internal sealed class AuditTools(AuditService audit)
{
    [McpServerTool(Name = "audit_workspace", Title = "Audit the workspace", ReadOnly = false, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(AuditResult))]
    [Description("Audits modules, plans, registry, spec docs: rule, severity, file, line, fix per finding; runs dg check defs if the user allowed it.")]
    public async Task<CallToolResult> AuditWorkspace(
        RequestContext<CallToolRequestParams> request,
        [Description("Module (plan or folder name); omit for the whole workspace.")] string? module = null,
        [Description("json (default), markdown or sarif.")] string format = AuditFormat.Json,
        [Description("Workspace-relative report file to write.")] string? report_path = null,
        CancellationToken cancellationToken = default)
    {
        var progress = ProgressRelay<AuditProgress>.For(request,
            p => new ProgressNotificationValue { Progress = p.Done, Total = p.Total, Message = $"audited {p.Message}" }, cancellationToken);
        var result = ToolResultMapper.Map(audit.Run(new AuditRequest(module, format, report_path), progress, cancellationToken), Summarise);
        if (progress is not null)
        {
            await progress.FlushAsync();
        }

        return result;
    }

    private static string Summarise(AuditResult r)
    {
        var head = $"Audited {r.Modules.Count} module(s): {r.Counts.Error} error(s), {r.Counts.Warning} warning(s), {r.Counts.Info} info." +
            (r.ReportPath is null ? "" : $" Report written to {r.ReportPath}.");
        var top = r.Findings.Take(10).Select(f => $"\n- {f.Severity.ToString().ToLowerInvariant()} {f.RuleId} {f.File}{(f.Line is { } l ? $":{l}" : "")}: {f.Message}");
        return head + string.Concat(top) + (r.Findings.Count > 10 ? $"\n… and {r.Findings.Count - 10} more." : "");
    }
}
