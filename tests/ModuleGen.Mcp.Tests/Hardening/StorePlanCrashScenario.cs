using System.Text.Json;
using System.Text.Json.Nodes;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Mcp.Tests.Hardening;

/// <summary>Stores new revisions of ten plans (each with the revision it replaces) in one stream and is killed
/// part-way. Every plan file and every kept revision must be the canonical bytes of one of the plans stored.</summary>
internal sealed class StorePlanCrashScenario : ICrashScenario
{
    private const int Modules = 10;
    private const int Variants = 4;
    private const string Plans = "ai_working/module_generator/plans";
    private readonly HashSet<string> _canonical = new(StringComparer.Ordinal);

    public string Name => "store_plan";

    public int Trials => 4;


    public void Prepare(TempWorkspace workspace)
    {
        using var scratch = new TempWorkspace();
        var validator = new PlanValidator(ModuleGenWorkspace.Open(scratch.Root).Value);
        for (var m = 0; m < Modules; m++)
        {
            for (var v = 0; v < Variants; v++)
            {
                var check = validator.Check(JsonSerializer.SerializeToElement(Plan(m, v)));
                check.IsOk.Should().BeTrue(string.Join("; ", check.Errors.Select(e => e.Message)));
                _canonical.Add(System.Text.Encoding.UTF8.GetString(check.Value.Canonical));
            }
        }
    }

    public async Task<IReadOnlyList<(string Tool, JsonObject Arguments)>> CallsAsync(Random random, Func<string, JsonObject, Task<JsonElement>> current)
    {
        var listed = await current("list_plans", []);
        var revisions = listed.GetProperty("structuredContent").GetProperty("plans").EnumerateArray()
            .ToDictionary(p => p.GetProperty("module").GetString()!, p => p.GetProperty("revision").GetString());
        return Enumerable.Range(0, Modules).Select(m => ("store_plan", new JsonObject
        {
            ["plan"] = Plan(m, random.Next(Variants)),
            ["expected_revision"] = revisions.GetValueOrDefault($"m{m}"),
        })).ToArray();
    }

    public IReadOnlyList<string> Verify(TempWorkspace workspace)
    {
        var problems = new List<string>();
        var folder = Path.Join(workspace.Root, Plans);
        if (!Directory.Exists(folder))
        {
            return problems;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(workspace.Root, file).Replace('\\', '/');
            if (AtomicFileWriter.IsTempName(Path.GetFileName(file), out _))
            {
                continue; // a torn write's temp file: never read as a plan, and removed by the next start (checked by the harness)
            }

            if (!_canonical.Contains(File.ReadAllText(file)))
            {
                problems.Add($"{relative} is not the complete canonical text of a stored plan");
            }
        }

        return problems;
    }

    private static JsonObject Plan(int module, int variant) => new()
    {
        ["module"] = $"m{module}",
        ["bricks"] = new JsonArray(new JsonObject
        {
            ["name"] = "core",
            ["description"] = $"Variant {variant} of module m{module}: " + new string('v', 2000 * (variant + 1)),
            ["contract_path"] = $"docs/m{module}.contract.md",
            ["spec_path"] = $"docs/m{module}.impl_spec.md",
            ["target_dir"] = $"modules/m{module}/core",
            ["type"] = "python_module",
        }),
    };
}
