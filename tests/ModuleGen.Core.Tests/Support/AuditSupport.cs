using ModuleGen.Core.Audit;
using ModuleGen.Core.Audit.Modules;
using ModuleGen.Core.Common;
using ModuleGen.Core.Execution;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Registry;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Verification;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Builds the audit with the MG0xx checks wired as the server wires them.</summary>
public static class AuditSupport
{
    public static AuditService Audit(this TempWorkspace workspace)
    {
        var opened = workspace.Open();
        var locks = new KeyedLocks();
        var store = new PlanStore(opened, new PlanValidator(opened), locks);
        var verifier = new FileVerifier(opened, store, new PlanExpander(opened), [new PlanExpectedFiles(), new AnswersExpectedFiles(opened)], DgSupport.Off(opened));
        var modules = RegistrySupport.Modules(opened);
        var registry = new WorkspaceRegistryService(opened, modules, [new DagsterWorkspaceYaml(), new DgToml()], locks);
        return new AuditService(opened, [new ModuleAuditCheck(opened, modules, store, verifier), new RegistryAuditCheck(registry), new PlanAuditCheck(store)]);
    }

    public static IReadOnlyList<Finding> Findings(this TempWorkspace workspace, string? module = null)
    {
        var result = workspace.Audit().Run(new AuditRequest(module, AuditFormat.Json, null));
        result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value.Findings;
    }

    public static string Describe(this IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.RuleId} {f.Severity} {f.File}:{f.Line} {f.Message}"));
}
