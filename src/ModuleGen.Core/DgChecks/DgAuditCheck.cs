using ModuleGen.Core.Audit;
using ModuleGen.Core.Context;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.DgChecks;

/// <summary>Audits a module's dg project with dg itself (MG201–MG204): for the module's generated folders and the
/// target dirs of its stored plan, the dg project each lies in is checked once per audit by
/// <see cref="DgCheckRunner"/> — run when the user allowed dg, reported as not run (info) when not.</summary>
public sealed class DgAuditCheck(ModuleGenWorkspace workspace, PlanStore plans, DgCheckRunner dg) : IAuditCheck
{
    private volatile AuditScope? _scope;

    /// <inheritdoc/>
    public IReadOnlyList<AuditRule> Rules => DgRules.All;

    /// <inheritdoc/>
    public void BeginAudit() => _scope = null;

    /// <inheritdoc/>
    public IReadOnlyList<Finding> Run(string? module) => Run(module, CancellationToken.None);

    /// <inheritdoc/>
    public IReadOnlyList<Finding> Run(string? module, CancellationToken cancellationToken)
    {
        if (module is null)
        {
            return [];
        }

        var scope = _scope ??= new AuditScope(ModuleLocator.Find(workspace) is { IsOk: true } found ? found.Value : [], new HashSet<string>(StringComparer.Ordinal));
        var findings = new List<Finding>();
        foreach (var project in Projects(scope, module))
        {
            // A project two modules share is checked, and reported, once per audit.
            if (!scope.Checked.Add(project.RelativePath))
            {
                continue;
            }

            foreach (var check in dg.Check(project, cancellationToken))
            {
                if (DgRules.For(check.Status) is { } rule)
                {
                    findings.Add(new Finding(rule.Id, rule.DefaultSeverity, check.Detail, rule.FixHint)
                    {
                        Module = module,
                        File = check.File,
                        Line = check.Location?.Line,
                        Column = check.Location?.Column,
                    });
                }
            }
        }

        return findings;
    }

    // The dg projects of the module's generated folders and of its plan's target dirs, in that order.
    private IEnumerable<WorkspacePath> Projects(AuditScope scope, string module)
    {
        var folders = scope.GeneratedPathsByName[module].ToList();
        if (ModuleNameParser.Parse(module).IsOk && plans.LoadStored(module) is { IsOk: true } stored)
        {
            folders.AddRange(stored.Value.Plan.Bricks.Select(b => b.TargetDir));
        }

        return folders
            .Select(f => workspace.Guard.Resolve(f, ""))
            .Where(r => r.IsOk && Directory.Exists(r.Value.FullPath))
            .Select(r => DgProject.Enclosing(workspace, r.Value))
            .OfType<WorkspacePath>()
            .DistinctBy(p => p.RelativePath, StringComparer.Ordinal);
    }

    // What one audit shares across its modules: the module folders, and the projects already checked.
    private sealed record AuditScope(IReadOnlyList<ExistingModule> Modules, HashSet<string> Checked)
    {
        // Each module's generated folders, in the order found, looked up rather than searched for per module.
        public ILookup<string, string> GeneratedPathsByName { get; } = Modules.Where(m => m.Generated).ToLookup(m => m.Name, m => m.Path, StringComparer.Ordinal);
    }
}
