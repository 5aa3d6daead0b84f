// Times update_module on the Dagster module (dagster-module with postgresql, schedules, deploy-git, deploy-rsync and
// workspace: 16 generated files) after its pack changed and the user edited it, the way the long-running server does
// it: the engine lives across calls, the workspace is opened per call. Each iteration starts from a fresh copy of one
// prepared workspace (the copy is not timed). The pack's next version is the built-in pack with its version raised,
// a line appended to the README and to pyproject.toml; the user prepended a line to the README and to
// definitions.py, so the update replaces unedited files, merges the README and keeps definitions.py.
// Usage: UpdateBench [iterations, default 100]     (prints median, mean, min, p90 in ms)
//        UpdateBench --prepare DIR                 (writes the prepared workspace to DIR, for process timing)
//        UpdateBench --many N [iterations, default 10]   (the check of N such modules, then updating all of them; each
//                                                   update starts from a fresh copy, the check runs on one workspace)
//        UpdateBench --prepare-many N DIR           (writes the N-module workspace to DIR, for process timing)
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ModuleGen.Core.Modules;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Updating;
using ModuleGen.Core.Workspace;

var engine = new ScribanTemplateEngine();
if (args is ["--prepare", var target])
{
    Prepare(target, engine);
    return 0;
}

if (args is ["--prepare-many", var count, var manyTarget])
{
    Prepare(manyTarget, engine, int.Parse(count, CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["--many", var modules, ..])
{
    return Many(int.Parse(modules, CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10, engine);
}

var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var warmup = Math.Max(5, iterations / 10);
var scratch = Path.Join(Path.GetTempPath(), $"modulegen-update-bench-{Environment.ProcessId}");
var prepared = Path.Join(scratch, "prepared");
Prepare(prepared, engine);
var timings = new List<double>();
for (var i = 0; i < warmup + iterations; i++)
{
    var root = Path.Join(scratch, $"ws{i}");
    Copy(prepared, root);
    var stopwatch = Stopwatch.StartNew();
    var workspace = ModuleGenWorkspace.Open(root).Value;
    var catalogue = new PackCatalogue(workspace, PackCatalogueOptions.Default);
    var service = new UpdateService(workspace, catalogue, new ScaffoldService(workspace, catalogue, engine), new GeneratedModules(workspace, catalogue, engine));
    var result = service.Update(new UpdateRequest("modules/orders", null, null, new Dictionary<string, object?>(), null));
    stopwatch.Stop();
    if (!result.IsOk || result.Value.Counts["merge"] != 1 || result.Value.Counts["replace"] < 1)
    {
        Console.Error.WriteLine(result.IsOk ? string.Join("\n", result.Value.Changes.Select(c => $"{c.Action} {c.Path}")) : string.Join("\n", result.Errors.Select(e => $"{e.Code} {e.Message}")));
        return 1;
    }

    if (i >= warmup)
    {
        timings.Add(stopwatch.Elapsed.TotalMilliseconds);
    }

    Directory.Delete(root, recursive: true);
}

Directory.Delete(scratch, recursive: true);
timings.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"update-inprocess iterations={iterations} median_ms={timings[timings.Count / 2]:F3} mean_ms={timings.Average():F3} min_ms={timings[0]:F3} p90_ms={timings[(int)(timings.Count * 0.9)]:F3}"));
return 0;

// Times update_module's check of N modules (a dry run each) and its update of all N (one transaction each), the way
// the server runs them: the engine kept, the workspace opened per call.
static int Many(int count, int iterations, ITemplateEngine engine)
{
    var scratch = Path.Join(Path.GetTempPath(), $"modulegen-update-many-{Environment.ProcessId}");
    var prepared = Path.Join(scratch, "prepared");
    Prepare(prepared, engine, count);
    var checks = new List<double>();
    var updates = new List<double>();
    var warmup = Math.Max(2, iterations / 5);
    for (var i = 0; i < warmup + iterations; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        var check = Service(prepared, engine).Check(null, null);
        stopwatch.Stop();
        if (!check.IsOk || check.Value.Counts["outdated"] != count)
        {
            Console.Error.WriteLine(check.IsOk ? check.Value.Message : string.Join("\n", check.Errors.Select(e => e.Message)));
            return 1;
        }

        var root = Path.Join(scratch, $"ws{i}");
        Copy(prepared, root);
        var update = Stopwatch.StartNew();
        var all = Service(root, engine).UpdateAll(null, dryRun: false);
        update.Stop();
        if (!all.IsOk || all.Value.Counts["updated"] != count || all.Value.Counts["conflicts"] != 0)
        {
            Console.Error.WriteLine(all.IsOk ? all.Value.Message : string.Join("\n", all.Errors.Select(e => e.Message)));
            return 1;
        }

        if (i >= warmup)
        {
            checks.Add(stopwatch.Elapsed.TotalMilliseconds);
            updates.Add(update.Elapsed.TotalMilliseconds);
        }

        Directory.Delete(root, recursive: true);
    }

    Directory.Delete(scratch, recursive: true);
    Console.WriteLine(Line($"check-inprocess modules={count}", checks));
    Console.WriteLine(Line($"update-all-inprocess modules={count}", updates));
    return 0;
}

static UpdateService Service(string root, ITemplateEngine engine)
{
    var workspace = ModuleGenWorkspace.Open(root).Value;
    var catalogue = new PackCatalogue(workspace, PackCatalogueOptions.Default);
    return new UpdateService(workspace, catalogue, new ScaffoldService(workspace, catalogue, engine), new GeneratedModules(workspace, catalogue, engine));
}

static string Line(string label, List<double> timings)
{
    timings.Sort();
    return string.Create(CultureInfo.InvariantCulture,
        $"{label} iterations={timings.Count} median_ms={timings[timings.Count / 2]:F3} mean_ms={timings.Average():F3} min_ms={timings[0]:F3} p90_ms={timings[(int)(timings.Count * 0.9)]:F3}");
}

static void Prepare(string root, ITemplateEngine engine, int count = 1)
{
    var pack = Path.Join(root, ".modulegen", "templates", "dagster-module");
    Copy(Path.Join(AppContext.BaseDirectory, "templates", "packs", "dagster-module"), pack);
    File.WriteAllText(Path.Join(root, "workspace.yaml"), "load_from:\n");
    var workspace = ModuleGenWorkspace.Open(root).Value;
    var scaffolder = new ScaffoldService(workspace, new PackCatalogue(workspace, PackCatalogueOptions.Default), engine);
    for (var i = 0; i < count; i++)
    {
        var name = count == 1 ? "orders" : $"orders_{i:000}";
        var scaffold = scaffolder.Scaffold(new ScaffoldRequest("dagster-module", $"modules/{name}", new Dictionary<string, object?> { ["module"] = name },
            ["postgresql", "schedules", "deploy-git", "deploy-rsync", "workspace"]));
        if (!scaffold.IsOk)
        {
            throw new InvalidOperationException(string.Join("\n", scaffold.Errors.Select(e => e.Message)));
        }

        foreach (var edited in new[] { Path.Join(root, "modules", name, "README.md"), Directory.GetFiles(Path.Join(root, "modules", name), "definitions.py", SearchOption.AllDirectories)[0] })
        {
            File.WriteAllText(edited, "# A line the user added.\n" + File.ReadAllText(edited));
        }
    }

    var manifest = Path.Join(pack, "template.yaml");
    File.WriteAllText(manifest, Regex.Replace(File.ReadAllText(manifest), "(?m)^version: .*$", "version: 99.0.0"));
    foreach (var source in Directory.GetFiles(Path.Join(pack, "files")).Where(f => Path.GetFileName(f).StartsWith("README.md", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("pyproject.toml", StringComparison.Ordinal)))
    {
        File.AppendAllText(source, "\n# Added in the pack's next version.\n");
    }
}

static void Copy(string from, string to)
{
    foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
    {
        var destination = Path.Join(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(file, destination);
    }
}
