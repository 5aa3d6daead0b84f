using System.Text.Json;
using ModuleGen.Mcp.Cli;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Corpus;

/// <summary>Runs ModuleGen on skeletons of public Dagster repositories (tests/Corpus/*, origin and commit in each
/// ORIGIN.md; registry and config files byte for byte, the rest folders only), one row per repository: the untouched
/// repository audits without errors; build_context lists its registered projects and suggests a folder beside them;
/// `new … --addon workspace` registers the module in the registry the repository uses, which still parses (python3's
/// tomllib / yaml) and keeps every byte outside the block, while every other registry file stays as it was; the
/// generated Python compiles; the audit after is clean; workspace_remove gives the registry back byte for byte.</summary>
public sealed class CorpusTests : IDisposable
{
    private static readonly string[] s_registryFiles = ["dg.toml", "pyproject.toml", "workspace.yaml", "dagster_cloud.yaml"];

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
        // classic workspace.yaml: a grpc_server served by docker-compose.
        { "dagster-multi-container-deploy", "workspace.yaml", "modules/probe_module", [] },
        // classic workspace.yaml: grpc_server entries on several hosts.
        { "dagster_deployment_docker", "workspace.yaml", "modules/probe_module", [] },
        // dg workspace in pyproject.toml listing no projects; its locations are python_module entries (with
        // executable_path) in workspace.yaml, and again in dagster_cloud.yaml.
        { "dagster-multi-tenant-example", "workspace.yaml", "probe_module", ["beacon_hq", "harbor_outfitters", "summit_financial"] },
    };

    [PythonTheory]
    [MemberData(nameof(Repositories))]
    public async Task Repository_AuditsClean_RegistersWhereItShould_AndRemovesByteForByte(string repository, string registry, string target, string[] projects)
    {
        CopyCorpus(repository);
        var before = s_registryFiles.Where(f => File.Exists(Path(f))).ToDictionary(f => f, f => File.ReadAllBytes(Path(f)));

        var audit = await Run("audit", "--format", "json", "--fail-on", "error", "--workspace", _ws.Root);
        audit.Code.Should().Be(ExitCodes.Ok, $"the untouched repository audits without errors: {audit.Stdout}{audit.Stderr}");

        var context = await Run("call", "build_context", "--args", """{"module": "probe module"}""", "--workspace", _ws.Root);
        context.Code.Should().Be(ExitCodes.Ok, context.Stderr);
        var built = JsonDocument.Parse(context.Stdout).RootElement;
        built.GetProperty("existing_modules").EnumerateArray().Where(m => m.GetProperty("registered_in").GetArrayLength() > 0).Select(m => m.GetProperty("path").GetString())
            .Should().BeEquivalentTo(projects, "build_context lists the registered projects");
        built.GetProperty("artifacts").GetProperty("suggested_target_dir").GetString().Should().Be(target);

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

        var sources = Directory.GetFiles(Path(target), "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        sources.Should().NotBeEmpty();
        var compiled = Python.Run(_ws.Root, ["-c", "import sys, ast\nfor f in sys.argv[1:]: ast.parse(open(f).read(), f)", .. sources]);
        compiled.Code.Should().Be(0, compiled.Output);

        var after = await Run("audit", "--format", "json", "--fail-on", "error", "--workspace", _ws.Root);
        after.Code.Should().Be(ExitCodes.Ok, $"the audit after the scaffold is clean: {after.Stdout}{after.Stderr}");

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

    public void Dispose() => _ws.Dispose();

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
