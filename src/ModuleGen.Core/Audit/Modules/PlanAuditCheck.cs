using ModuleGen.Core.Plans;

namespace ModuleGen.Core.Audit.Modules;

/// <summary>Audits the stored plans once per workspace audit: list_plans marks files that no longer validate, and
/// load_plan says why (MG012, at the plan file and, when known, the line of the first problem).</summary>
public sealed class PlanAuditCheck(PlanStore plans) : IAuditCheck
{
    /// <inheritdoc/>
    public IReadOnlyList<AuditRule> Rules { get; } = [ModuleRules.PlanInvalid];

    /// <inheritdoc/>
    public IReadOnlyList<Finding> Run(string? module) => module is null ? RunWorkspace() : [];

    /// <inheritdoc/>
    public IReadOnlyList<Finding> RunWorkspace()
    {
        var listed = plans.List();
        if (!listed.IsOk)
        {
            return [];
        }

        return listed.Value.Plans.Where(p => !p.Valid).Select(p =>
        {
            var problems = plans.Load(new LoadPlanRequest(p.Module, null)).Errors;
            var first = problems.FirstOrDefault();
            return new Finding(ModuleRules.PlanInvalid.Id, ModuleRules.PlanInvalid.DefaultSeverity,
                $"The stored plan of '{p.Module}' no longer validates ({problems.Count} problem(s)){(first is null ? "" : $": {first.Message}")}", ModuleRules.PlanInvalid.FixHint)
            {
                Module = p.Module,
                File = p.Path,
                Line = first?.Location?.Line,
            };
        }).ToArray();
    }
}
