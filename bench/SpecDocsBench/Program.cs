using System.Diagnostics;
using System.Globalization;
using ModuleGen.Bench;
using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.Workspace;

// check_docs on a generated module: 500 requirements, 1,500 scenarios, 300 tasks (5 phases). Prints the first
// (cold) run and the median of the following runs, in milliseconds.
// `--write ROOT N` only writes a set of N requirements (3N scenarios, N/2 tasks) into ROOT, for bench/spec-docs-vs-script.sh.
if (args is ["--write", var target, var size])
{
    var n = int.Parse(size, CultureInfo.InvariantCulture);
    SpecDocsGenerator.Write(target, "bench", "BENCH", requirements: n, scenarios: 3 * n, tasks: n / 2, phases: 5);
    return;
}

// `--allocations ROOT` checks the module `bench` of an existing workspace (one written by --write) and prints the bytes
// allocated by loading its documents and by running the rules, after a first warm-up check.
if (args is ["--allocations", var existing])
{
    var opened = ModuleGenWorkspace.Open(existing).Value;
    var setLoader = new DocumentSetLoader(opened);
    SpecDocsAuditCheck.Check(setLoader.Load("bench").Value);
    var before = GC.GetTotalAllocatedBytes(precise: true);
    var loaded = setLoader.Load("bench").Value;
    var afterLoad = GC.GetTotalAllocatedBytes(precise: true);
    SpecDocsAuditCheck.Check(loaded);
    var afterRules = GC.GetTotalAllocatedBytes(precise: true);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"allocated: load {(afterLoad - before) / 1048576.0:0.0} MiB, rules {(afterRules - afterLoad) / 1048576.0:0.0} MiB"));
    return;
}

var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
var root = Directory.CreateTempSubdirectory("modulegen-bench-").FullName;
try
{
    SpecDocsGenerator.Write(root, "bench", "BENCH", requirements: 500, scenarios: 1500, tasks: 300, phases: 5);
    var workspace = ModuleGenWorkspace.Open(root).Value;
    var checker = new SpecDocsChecker(workspace, new DocumentSetLoader(workspace));
    var times = new List<double>();
    CheckDocsResult? last = null;
    for (var i = 0; i <= runs; i++)
    {
        var watch = Stopwatch.StartNew();
        var result = checker.Check(new CheckDocsRequest("bench"));
        watch.Stop();
        last = result.Value;
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    var loader = new DocumentSetLoader(workspace);
    var loads = new List<double>();
    var rules = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        var set = loader.Load("bench").Value;
        loads.Add(watch.Elapsed.TotalMilliseconds);
        watch.Restart();
        SpecDocsAuditCheck.Check(set);
        rules.Add(watch.Elapsed.TotalMilliseconds);
    }

    var cold = times[0];
    var warm = times.Skip(1).Order().ToArray();
    var median = warm[warm.Length / 2];
    var bytes = Directory.GetFiles(Path.Join(root, "modules", "bench", "docs")).Sum(f => new FileInfo(f).Length);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"check_docs: {last!.Stats.Requirements} requirements, {last.Stats.Scenarios} scenarios, {last.Stats.Tasks} tasks, {bytes / 1024} KiB of Markdown, {last.Counts.Total} finding(s)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"cold (first call, includes JIT): {cold:0.0} ms; median of {warm.Length} warm runs: {median:0.0} ms (min {warm[0]:0.0}, max {warm[^1]:0.0})"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"of which: read + Markdig parse median {loads.Order().ElementAt(loads.Count / 2):0.0} ms, rules median {rules.Order().ElementAt(rules.Count / 2):0.0} ms"));
}
finally
{
    Directory.Delete(root, recursive: true);
}
