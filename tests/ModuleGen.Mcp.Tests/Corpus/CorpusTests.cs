using System.Text.Json;
using ModuleGen.Mcp.Cli;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Corpus;

/// <summary>Runs ModuleGen on skeletons of public Dagster repositories (tests/Corpus/*, origin and commit in each
/// ORIGIN.md; registry and config files byte for byte, the rest folders only), one row per repository: the untouched
/// repository audits without errors; build_context lists its registered projects and suggests a folder beside them;
/// the dry run writes nothing and its diff applies with git apply; `new … --addon workspace` registers the module in the
/// registry the repository uses, which still parses (python3's tomllib / yaml) and keeps every byte outside the block,
/// while every other file stays as it was; the generated Python compiles; the audit after is clean; workspace_remove
/// gives the registry back byte for byte. Repositories whose deployment reads code locations from files ModuleGen does
/// not edit (a single-project root, Helm values, Dagster+) refuse the add-on with the entry to add by hand, write
/// nothing, and scaffold cleanly without it.</summary>
public sealed class CorpusTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public static TheoryData<string, string, string, string[]> Repositories => new()
    {
        // dg workspace in dg.toml, projects at the root, Dagster+ locations beside it (hooli-airlift only there).
        { "hooli-data-eng-pipelines", "dg.toml", "probe_module", ["hooli-airlift", "hooli-basics", "hooli-batch-enrichment", "hooli-bi", "hooli-data-eng", "hooli-data-ingest", "hooli-snowflake-insights"] },
        // dg workspace in dg.toml, projects under projects/.
        { "testing-dg-workspace", "dg.toml", "projects/probe_module", ["projects/my-cool-project", "projects/project-2"] },
        { "dagster-workspace", "dg.toml", "projects/probe_module", ["projects/imdb"] },
        // dg.toml beside a generated ("AUTO-GENERATED - DO NOT EDIT") PyYAML-style workspace.yaml, grpc servers on two hosts with one port.
        { "sywi-data-platform", "dg.toml", "probe_module", ["hackernews", "patents"] },
        // classic workspace.yaml: a grpc_server reached as a compose service (built from the root, so no folder of its own).
        { "dagster-multi-container-deploy", "workspace.yaml", "modules/probe_module", [] },
        // classic workspace.yaml: grpc_server entries reached as compose services, each location in a root folder of its name.
        { "dagster_deployment_docker", "workspace.yaml", "probe_module", ["pipeline_x", "pipeline_y"] },
        // dg workspace in pyproject.toml listing no projects; its locations are python_module entries (with
        // executable_path) in workspace.yaml, and again in dagster_cloud.yaml.
        { "dagster-multi-tenant-example", "workspace.yaml", "probe_module", ["beacon_hq", "harbor_outfitters", "summit_financial"] },
        // dg workspace whose dg.toml has no final newline: the block goes before the last project, not after it.
        { "dagster-template", "dg.toml", "projects/probe_module", ["projects/project-a"] },
        // the workspace.yaml compose and the Dockerfile run (-w dagster_workspace/workspace.yaml), in a subfolder.
        { "dagster-k8s-data-platform", "dagster_workspace/workspace.yaml", "probe_module", ["pipelines"] },
        // Dagster+ per-location build directories beside an OSS workspace.yaml of python_package entries.
        { "cloud-examples-multi-location", "workspace.yaml", "probe_module", ["location1-dir", "location2-dir"] },
    };

    // Repositories whose deployment ModuleGen does not register in; the workspace add-on is refused with what to do.
    public static TheoryData<string, string, string, string> Refusals => new()
    {
        // The root is one dg project (dg.toml directory_type = "project"): no workspace element goes into it, no workspace.yaml beside it.
        { "opendata-etl", "registry.single_location", "directory_type = \"workspace\"", "modules/probe_module" },
        // Helm values list the code locations (dagster-user-deployments.deployments): the entry to add by hand.
        { "dagster-k8s-deployment", "registry.manual_only", "dagster-user-deployments:\n  deployments:\n    - name: probe-module", "modules/probe_module" },
        // [tool.dagster] single location deployed with Dagster+ (dagster_cloud.yaml): the location to add by hand.
        { "dagster-cloud-demo", "registry.manual_only", "locations:\n  - location_name: probe_module\n    code_source:\n      package_name: probe_module", "probe_module" },
    };

    [PythonTheory]
    [MemberData(nameof(Repositories))]
    public async Task Repository_AuditsClean_RegistersWhereItShould_AndRemovesByteForByte(string repository, string registry, string target, string[] projects)
    {
        CopyCorpus(repository);
        var before = Snapshot();

        await AuditsClean("the untouched repository audits without errors");
        await ContextLists(projects, target);

        var dry = await Run("call", "scaffold", "--args", $$"""{"template": "dagster-module", "target_dir": "{{target}}", "variables": {"module": "probe module"}, "addons": ["workspace"], "dry_run": true}""", "--workspace", _ws.Root);
        dry.Code.Should().Be(ExitCodes.Ok, dry.Stderr);
        Snapshot().Should().BeEquivalentTo(before, "a dry run writes nothing");
        await DryRunDiffApplies(dry.Stdout);

        var scaffold = await Run("new", "probe module", "--template", "dagster-module", "--addon", "workspace", "--workspace", _ws.Root);
        scaffold.Code.Should().Be(ExitCodes.Ok, scaffold.Stdout + scaffold.Stderr);
        foreach (var (file, bytes) in before.Where(b => b.Key != registry))
        {
            File.ReadAllBytes(Path(file)).Should().Equal(bytes, $"{file} is not the registry this repository uses");
        }

        var registered = File.ReadAllText(Path(registry));
        WithoutBlock(registered, "probe_module").Should().Be(before.TryGetValue(registry, out var original) ? System.Text.Encoding.UTF8.GetString(original) : "# Created by ModuleGen; deleted again when its last modulegen block is removed.\nload_from:\n");
        var parse = registry.EndsWith(".toml", StringComparison.Ordinal)
            ? Python.Run(_ws.Root, "-c", "import sys, tomllib; tomllib.load(open(sys.argv[1], 'rb'))", registry)
            : Python.Run(_ws.Root, "-c", "import sys, yaml; yaml.safe_load(open(sys.argv[1]))", registry);
        parse.Code.Should().Be(0, $"{registry} still parses: {parse.Output}");
        CompilesAsPython(target);

        await AuditsClean("the audit after the scaffold is clean");

        var removed = await Run("call", "workspace_remove", "--args", """{"module": "probe_module"}""", "--workspace", _ws.Root);
        removed.Code.Should().Be(ExitCodes.Ok, removed.Stderr);
        if (original is null)
        {
            File.Exists(Path(registry)).Should().BeFalse("ModuleGen deletes the workspace.yaml it created once its last block is gone");
        }
        else
        {
            File.ReadAllBytes(Path(registry)).Should().Equal(original, "workspace_remove gives the registry back byte for byte");
        }
    }

    [PythonTheory]
    [MemberData(nameof(Refusals))]
    public async Task Repository_WhoseDeploymentModuleGenDoesNotEdit_RefusesTheAddonWithWhatToDo_AndScaffoldsWithoutIt(string repository, string code, string said, string target)
    {
        CopyCorpus(repository);
        var before = Snapshot();
        await AuditsClean("the untouched repository audits without errors");

        var refused = await Run("new", "probe module", "--template", "dagster-module", "--addon", "workspace", "--workspace", _ws.Root);
        refused.Code.Should().Be(ExitCodes.ToolError);
        refused.Stderr.Should().Contain(code).And.Contain(said);
        Snapshot().Should().BeEquivalentTo(before, "a refused scaffold writes nothing");
        Directory.Exists(Path(target)).Should().BeFalse();

        var scaffold = await Run("new", "probe module", "--template", "dagster-module", "--workspace", _ws.Root);
        scaffold.Code.Should().Be(ExitCodes.Ok, scaffold.Stdout + scaffold.Stderr);
        foreach (var (file, bytes) in before)
        {
            File.ReadAllBytes(Path(file)).Should().Equal(bytes, $"{file} is left as it was");
        }

        CompilesAsPython(target);
        await AuditsClean("the audit after the scaffold is clean");
    }

    public void Dispose() => _ws.Dispose();

    // Errors the repository really has, as Dagster reads it (not false alarms): file:line of each.
    private static readonly Dictionary<string, string[]> s_trueErrors = new(StringComparer.Ordinal)
    {
        // relative_path "../projects/…" from deployments/local/ resolves to deployments/projects/…, which does not exist.
        ["dagster-template"] = ["deployments/local/workspace.yaml:2"],
    };

    private string _repository = "";

    private async Task AuditsClean(string because)
    {
        var audit = await Run("audit", "--format", "json", "--fail-on", "never", "--workspace", _ws.Root);
        audit.Code.Should().Be(ExitCodes.Ok, audit.Stderr);
        var errors = JsonDocument.Parse(audit.Stdout).RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == "error")
            .Select(f => $"{(f.TryGetProperty("file", out var file) ? file.GetString() : "")}:{(f.TryGetProperty("line", out var line) ? line.GetInt32() : 0)}").ToArray();
        errors.Should().BeEquivalentTo(s_trueErrors.GetValueOrDefault(_repository) ?? [], $"{because} (no error beyond the repository's own): {audit.Stdout}");
    }

    private async Task ContextLists(string[] projects, string target)
    {
        var context = await Run("call", "build_context", "--args", """{"module": "probe module"}""", "--workspace", _ws.Root);
        context.Code.Should().Be(ExitCodes.Ok, context.Stderr);
        var built = JsonDocument.Parse(context.Stdout).RootElement;
        built.GetProperty("existing_modules").EnumerateArray().Where(m => m.GetProperty("registered_in").GetArrayLength() > 0).Select(m => m.GetProperty("path").GetString())
            .Should().BeEquivalentTo(projects, "build_context lists the registered code locations");
        built.GetProperty("artifacts").GetProperty("suggested_target_dir").GetString().Should().Be(target, "the new module goes beside its siblings");
    }

    // The dry run's diffs, one patch, apply to the untouched repository with git apply (creations from /dev/null).
    private async Task DryRunDiffApplies(string json)
    {
        var diffs = JsonDocument.Parse(json).RootElement.GetProperty("changes").EnumerateArray()
            .Select(c => c.TryGetProperty("diff", out var d) ? d.GetString() : null).OfType<string>().ToArray();
        diffs.Should().NotBeEmpty();
        var patch = System.IO.Path.Join(_ws.Root, "..", $"{System.IO.Path.GetFileName(_ws.Root)}.patch");
        File.WriteAllText(patch, string.Concat(diffs));
        try
        {
            var (code, output) = await ProcessRunner.RunAsync("git", _ws.Root, TimeSpan.FromMinutes(1), null, ["apply", "--check", "--unsafe-paths", patch]);
            code.Should().Be(0, $"the dry run's diff applies with git apply: {output}");
        }
        finally
        {
            File.Delete(patch);
        }
    }

    private void CompilesAsPython(string target)
    {
        var sources = Directory.GetFiles(Path(target), "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        sources.Should().NotBeEmpty();
        var compiled = Python.Run(_ws.Root, ["-c", "import sys, ast\nfor f in sys.argv[1:]: ast.parse(open(f).read(), f)", .. sources]);
        compiled.Code.Should().Be(0, compiled.Output);
    }

    // Every file of the repository with its bytes (ModuleGen's own state folder aside).
    private Dictionary<string, byte[]> Snapshot() =>
        Directory.GetFiles(_ws.Root, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(_ws.Root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".modulegen/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => File.ReadAllBytes(Path(f)), StringComparer.Ordinal);

    private static string WithoutBlock(string text, string id)
    {
        var lines = text.Split('\n').ToList();
        var start = lines.FindIndex(l => l.TrimStart().StartsWith($"# >>> modulegen:{id} ", StringComparison.Ordinal) || l.TrimStart() == $"# >>> modulegen:{id} >>>");
        var end = lines.FindIndex(l => l.TrimStart() == $"# <<< modulegen:{id} <<<");
        start.Should().BeGreaterThanOrEqualTo(0, $"the block is in the registry:\n{text}");
        lines.RemoveRange(start, end - start + 1);
        return string.Join('\n', lines);
    }

    private string Path(string relative) => System.IO.Path.Join(_ws.Root, relative);

    private void CopyCorpus(string repository)
    {
        _repository = repository;
        var source = System.IO.Path.Join(RepoPaths.Root, "tests", "Corpus", repository);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(source, file);
            if (relative is "ORIGIN.md" || System.IO.Path.GetFileName(file) == ".gitkeep")
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path(relative))!);
                continue;
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path(relative))!);
            File.Copy(file, Path(relative));
        }
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
