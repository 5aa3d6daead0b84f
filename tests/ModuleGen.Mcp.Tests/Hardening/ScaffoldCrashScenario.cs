using System.Text.Json;
using System.Text.Json.Nodes;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Mcp.Tests.Hardening;

/// <summary>Scaffolds dagster-module (postgresql, schedules, workspace add-ons: module files plus a block injected into
/// the registry file workspace.yaml) over itself with overwrite, switching between three sets of values, and is killed
/// part-way. Every file must be the initial text or what one of the value sets renders.</summary>
internal sealed class ScaffoldCrashScenario : ICrashScenario
{
    private const string Target = "modules/orders";
    private static readonly string[] s_hosts = ["old.example", "new.example", "third.example"];
    private readonly Dictionary<string, HashSet<string>> _versions = new(StringComparer.Ordinal);

    public string Name => "scaffold";

    public int Trials => 30;

    public int MaxKillDelayMs => 400;

    public void Prepare(TempWorkspace workspace)
    {
        workspace.Write("workspace.yaml", "load_from:\n");
        Add("workspace.yaml", "load_from:\n");
        foreach (var host in s_hosts)
        {
            using var scratch = new TempWorkspace();
            scratch.Write("workspace.yaml", "load_from:\n");
            var opened = ModuleGenWorkspace.Open(scratch.Root).Value;
            var result = new ScaffoldService(opened, new PackCatalogue(opened, PackCatalogueOptions.Default), new ScribanTemplateEngine())
                .Scaffold(new ScaffoldRequest("dagster-module", Target, VariableValues.FromJson(JsonSerializer.SerializeToElement(Variables(host))).Value, Addons(), false, "overwrite"));
            result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
            foreach (var file in Directory.EnumerateFiles(scratch.Root, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(scratch.Root, file).Replace('\\', '/');
                if (!relative.StartsWith(".modulegen/", StringComparison.Ordinal))
                {
                    Add(relative, File.ReadAllText(file));
                }
            }
        }
    }

    public Task<IReadOnlyList<(string Tool, JsonObject Arguments)>> CallsAsync(Random random, Func<string, JsonObject, Task<JsonElement>> current) =>
        Task.FromResult<IReadOnlyList<(string, JsonObject)>>(Enumerable.Range(0, 6).Select(_ => ("scaffold", new JsonObject
        {
            ["template"] = "dagster-module",
            ["target_dir"] = Target,
            ["variables"] = Variables(s_hosts[random.Next(s_hosts.Length)]),
            ["addons"] = new JsonArray(Addons().Select(a => (JsonNode)a).ToArray()),
            ["on_conflict"] = "overwrite",
        })).ToArray());

    public IReadOnlyList<string> Verify(TempWorkspace workspace)
    {
        var problems = new List<string>();
        var files = Directory.EnumerateFiles(workspace.Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(workspace.Root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".modulegen/", StringComparison.Ordinal));
        foreach (var file in files)
        {
            if (!_versions.TryGetValue(file, out var versions))
            {
                problems.Add($"{file} should not exist (a temp or staging leftover, or a stray file)");
            }
            else if (!versions.Contains(File.ReadAllText(Path.Join(workspace.Root, file))))
            {
                problems.Add($"{file} is not a complete version");
            }
        }

        return problems;
    }

    private static JsonObject Variables(string host) => new()
    {
        ["module"] = "orders",
        ["description"] = $"Orders served from {host}.",
        ["grpc_host"] = host,
        ["grpc_port"] = 4100,
    };

    private static string[] Addons() => ["postgresql", "schedules", "workspace"];

    private void Add(string path, string content)
    {
        if (!_versions.TryGetValue(path, out var set))
        {
            _versions[path] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(content);
    }
}
