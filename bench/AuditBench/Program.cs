using System.Diagnostics;
using System.Globalization;
using ModuleGen.Bench;
using ModuleGen.Core.Audit;
using ModuleGen.Core.Audit.Modules;
using ModuleGen.Core.Common;
using ModuleGen.Core.Execution;
using ModuleGen.Core.Modules;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Registry;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Verification;
using ModuleGen.Core.Workspace;

// audit_workspace (every registered check, as the server wires them) over N generated modules. Prints the cold first
// audit, the median of the warm ones, the per-module cost, the findings (0 expected: the modules are fresh), the
// registry validation alone, and the process's peak working set.
var modules = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var root = Directory.CreateTempSubdirectory("modulegen-audit-bench-").FullName;
try
{
    var (files, generation) = ModuleFarm.Generate(root, modules);
    var workspace = ModuleGenWorkspace.Open(root).Value;
    var engine = new HandlebarsTemplateEngine();
    var catalogue = new PackCatalogue(workspace, PackCatalogueOptions.Default);
    var locks = new KeyedLocks();
    var store = new PlanStore(workspace, new PlanValidator(workspace), locks);
    var verifier = new FileVerifier(workspace, store, new PlanExpander(workspace), [new PlanExpectedFiles(), new AnswersExpectedFiles(workspace)]);
    var generated = new GeneratedModules(workspace, catalogue, engine);
    var registry = new WorkspaceRegistryService(workspace, generated, [new DagsterWorkspaceYaml(), new DgToml()], locks);
    IAuditCheck[] checks =
    [
        new SpecDocsAuditCheck(workspace, new DocumentSetLoader(workspace)), new ModuleAuditCheck(workspace, generated, store, verifier),
        new RegistryAuditCheck(registry), new PlanAuditCheck(store),
    ];
    var audit = new AuditService(workspace, checks);
    var times = new List<double>();
    AuditResult? last = null;
    for (var i = 0; i <= runs; i++)
    {
        var watch = Stopwatch.StartNew();
        last = audit.Run(new AuditRequest(null, AuditFormat.Sarif, null)).Value;
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    var validate = Stopwatch.StartNew();
    var findings = registry.Validate().Value.Findings.Count;
    validate.Stop();
    var warm = times.Skip(1).Order().ToArray();
    var median = warm[warm.Length / 2];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"modules={modules} files={files} generate_s={generation:F1} audit_cold_ms={times[0]:F0} audit_warm_median_ms={median:F0} per_module_ms={median / modules:F2} " +
        $"findings={last!.Counts.Total} validate_ms={validate.Elapsed.TotalMilliseconds:F0} registry_findings={findings} peak_working_set_mb={Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0}"));
    foreach (var finding in last.Findings.Take(5))
    {
        Console.Error.WriteLine($"finding: {finding.RuleId} {finding.File}:{finding.Line} {finding.Message}");
    }

    return last.Counts.Total == 0 ? 0 : 1;
}
finally
{
    Directory.Delete(root, recursive: true);
}
