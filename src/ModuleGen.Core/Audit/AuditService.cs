using System.Text.Json;
using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Json;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Workspace;
using ModuleGen.Core.Audit.Reports;

namespace ModuleGen.Core.Audit;

/// <summary>Runs every registered audit check over one module or the whole workspace, applies modulegen.yaml's rule
/// settings, orders the findings, and renders (and optionally saves) the report.</summary>
public sealed class AuditService
{
    private readonly ModuleGenWorkspace _workspace;
    private readonly IReadOnlyList<IAuditCheck> _checks;
    private readonly KeyedLocks _locks;

    private readonly PlanStore? _plans;

    public AuditService(ModuleGenWorkspace workspace, IEnumerable<IAuditCheck> checks, KeyedLocks? locks = null, PlanStore? plans = null)
    {
        _workspace = workspace;
        _plans = plans;
        _locks = locks ?? new KeyedLocks();
        _checks = checks.ToArray();
        Catalogue = new RuleCatalogue(_checks.Select(c => (IEnumerable<AuditRule>)c.Rules).ToArray());
    }

    public RuleCatalogue Catalogue { get; }

    /// <summary>Audits; refuses an unknown format, module or rule override, or a report path outside the workspace.</summary>
    public Result<AuditResult> Run(AuditRequest request, IProgress<AuditProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var errors = new List<ToolError>();
        if (!AuditFormat.All.Contains(request.Format))
        {
            errors.Add(ToolError.Create(ErrorCodes.ArgumentInvalid, "/format", $"Unknown format '{Preview.Of(request.Format)}'.", $"Use one of {string.Join(", ", AuditFormat.All)}.").WithFound(request.Format));
        }

        errors.AddRange(_workspace.Config.Audit.Rules.Keys.Where(id => Catalogue.Find(id) is null).Select(id =>
            ToolError.Create(ErrorCodes.AuditUnknownRule, $"/audit/rules/{id}", $"modulegen.yaml re-grades the unknown audit rule '{id}'.", $"Known rules: {string.Join(", ", Catalogue.Rules.Select(r => r.Id))}.").WithFound(id)));

        var report = request.ReportPath is null ? null : _workspace.Guard.Resolve(request.ReportPath, "/report_path");
        errors.AddRange(report?.Errors ?? []);
        if (report is { IsOk: true } && ReportTarget.Refusal(_workspace, report.Value, request.ReportPath) is { } refused)
        {
            errors.Add(refused);
        }

        // The audit only reads until its report: the checks share one scan of the tree and one list of modules.
        IReadOnlyList<Finding> findings;
        IReadOnlyList<string> modules;
        using (ReadingSnapshot.Begin())
        {
            modules = ModulesFor(request.Module, errors);
            if (errors.Count > 0)
            {
                return Result<AuditResult>.Fail(errors);
            }

            findings = Collect(request.Module is null, modules, progress, cancellationToken);
        }

        var result = new AuditResult(modules, findings, AuditCounts.Of(findings), request.Format, null, report?.Value.RelativePath);
        var text = request.Format switch
        {
            AuditFormat.Markdown => MarkdownAuditReport.Render(result, Catalogue),
            AuditFormat.Sarif => SarifAuditReport.Render(result, Catalogue, _workspace.Config.Source),
            _ => null,
        };
        result = result with { Report = text };
        if (report is not null)
        {
            // A cancelled call stops here, before the report is written; once the write starts it completes.
            cancellationToken.ThrowIfCancellationRequested();
            var content = text ?? JsonSerializer.Serialize(result, JsonDefaults.Context.AuditResult) + "\n";
            // Checked again under the report's lock: another process may have put a file there meanwhile.
            var written = _locks.Run(_workspace, "report:" + report.Value.RelativePath, "audit_workspace", () =>
                ReportTarget.Refusal(_workspace, report.Value) is { } late ? Result<Unit>.Fail(late) : _workspace.Writer.WriteText(report.Value, content, "/report_path"), cancellationToken);
            if (!written.IsOk)
            {
                return Result<AuditResult>.Fail(written.Errors);
            }
        }

        return Result<AuditResult>.Ok(result);
    }

    private IReadOnlyList<Finding> Collect(bool wholeWorkspace, IReadOnlyList<string> modules, IProgress<AuditProgress>? progress, CancellationToken cancellationToken)
    {
        var raw = new List<Finding>();
        var total = modules.Count + (wholeWorkspace ? 1 : 0);
        var done = 0;
        foreach (var check in _checks)
        {
            check.BeginAudit();
        }

        if (wholeWorkspace)
        {
            raw.AddRange(_checks.SelectMany(c => c.RunWorkspace()));
            progress?.Report(new AuditProgress(++done, total, "workspace"));
        }

        foreach (var module in modules)
        {
            // Reading only: a cancelled audit stops between modules.
            cancellationToken.ThrowIfCancellationRequested();
            raw.AddRange(_checks.SelectMany(c => c.Run(module, cancellationToken)));
            progress?.Report(new AuditProgress(++done, total, module));
        }

        // A brick folder is audited both as a folder and as part of its plan's module: report each finding once, under the plan's module.
        var planned = _plans?.List() is { IsOk: true } listed ? listed.Value.Plans.Select(p => p.Module).ToHashSet(StringComparer.Ordinal) : [];
        var once = raw.GroupBy(f => f with { Module = null }).Select(g => g.FirstOrDefault(f => f.Module is { } m && planned.Contains(m)) ?? g.First());
        return new RuleSettings(_workspace.Config.Audit.Rules).Apply(once.ToArray(), Catalogue)
            .OrderBy(f => f.Module ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.File ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Line ?? 0)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The modules an audit covers: every module folder (module roots, registered projects, generated folders)
    /// and every stored plan's module, which covers its bricks' folders, brick documents and spec documents; one module
    /// when asked by either name.</summary>
    private IReadOnlyList<string> ModulesFor(string? module, List<ToolError> errors)
    {
        var found = ModuleLocator.Find(_workspace);
        if (!found.IsOk)
        {
            errors.AddRange(found.Errors);
            return [];
        }

        var planned = _plans?.List() is { IsOk: true } listed ? listed.Value.Plans.Select(p => p.Module).ToArray() : [];
        var names = found.Value.Select(m => m.Name).Concat(planned).Distinct(StringComparer.Ordinal).ToArray();
        if (module is null)
        {
            return names;
        }

        if (names.Contains(module, StringComparer.Ordinal))
        {
            return [module];
        }

        errors.Add(ToolError.Create(ErrorCodes.AuditUnknownModule, "/module", $"No stored plan and no module folder is named '{Preview.Of(module)}'.",
            names.Length == 0 ? "Create the module first, or omit 'module' to audit the workspace." : $"Known modules: {string.Join(", ", names.Take(20))}{(names.Length > 20 ? ", …" : "")}.").WithFound(module));
        return [];
    }
}
