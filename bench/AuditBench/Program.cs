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
//   AuditBench generate DIR N     fills DIR with N generated modules (and registers them)
//   AuditBench audit DIR [RUNS]   audits DIR (a process of its own, so its peak memory is the audit's)
if (args is ["generate", var target, var count])
{
    Directory.CreateDirectory(target);
    var (made, seconds) = ModuleFarm.Generate(Path.GetFullPath(target), int.Parse(count, CultureInfo.InvariantCulture));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated modules={count} files={made} seconds={seconds:F1}"));
    return 0;
}

if (args is not ["audit", var root, ..])
{
    Console.Error.WriteLine("usage: AuditBench generate DIR N | AuditBench audit DIR [RUNS]");
    return 2;
}

var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
{
    var workspace = ModuleGenWorkspace.Open(root).Value;
    var engine = new ScribanTemplateEngine();
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

    var modules = last!.Modules.Count;
    var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count();
    var validate = Stopwatch.StartNew();
    var findings = registry.Validate().Value.Findings.Count;
    validate.Stop();
    var warm = times.Skip(1).Order().ToArray();
    var median = warm[warm.Length / 2];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"modules={modules} files={files} audit_cold_ms={times[0]:F0} audit_warm_median_ms={median:F0} per_module_ms={median / modules:F2} " +
        $"findings={last.Counts.Total} validate_ms={validate.Elapsed.TotalMilliseconds:F0} registry_findings={findings} peak_working_set_mb={Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0}"));
    foreach (var finding in last.Findings.Take(5))
    {
        Console.Error.WriteLine($"finding: {finding.RuleId} {finding.File}:{finding.Line} {finding.Message}");
    }

    return last.Counts.Total == 0 ? 0 : 1;
}
