// Times update_module on the Dagster module (dagster-module with postgresql, schedules, deploy-git, deploy-rsync and
// workspace: 16 generated files) after its pack changed and the user edited it, the way the long-running server does
// it: the engine lives across calls, the workspace is opened per call. Each iteration starts from a fresh copy of one
// prepared workspace (the copy is not timed). The pack's next version is the built-in pack with its version raised,
// a line appended to the README and to pyproject.toml; the user prepended a line to the README and to
// definitions.py, so the update replaces unedited files, merges the README and keeps definitions.py.
// Usage: UpdateBench [iterations, default 100]     (prints median, mean, min, p90 in ms)
//        UpdateBench --prepare DIR                 (writes the prepared workspace to DIR, for process timing)
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

static void Prepare(string root, ITemplateEngine engine)
{
    var pack = Path.Join(root, ".modulegen", "templates", "dagster-module");
    Copy(Path.Join(AppContext.BaseDirectory, "templates", "packs", "dagster-module"), pack);
    File.WriteAllText(Path.Join(root, "workspace.yaml"), "load_from:\n");
    var workspace = ModuleGenWorkspace.Open(root).Value;
    var scaffold = new ScaffoldService(workspace, new PackCatalogue(workspace, PackCatalogueOptions.Default), engine)
        .Scaffold(new ScaffoldRequest("dagster-module", "modules/orders", new Dictionary<string, object?> { ["module"] = "orders" }, ["postgresql", "schedules", "deploy-git", "deploy-rsync", "workspace"]));
    if (!scaffold.IsOk)
    {
        throw new InvalidOperationException(string.Join("\n", scaffold.Errors.Select(e => e.Message)));
    }

    foreach (var edited in new[] { "modules/orders/README.md", Directory.GetFiles(Path.Join(root, "modules", "orders"), "definitions.py", SearchOption.AllDirectories)[0] })
    {
        var path = Path.IsPathRooted(edited) ? edited : Path.Join(root, edited);
        File.WriteAllText(path, "# A line the user added.\n" + File.ReadAllText(path));
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
