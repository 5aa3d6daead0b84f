using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModuleGen.Core.Context;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Benchmarks;

/// <summary>The Core services behind the hot tools, called directly (no protocol): build_context, validate_plan with a
/// 50-brick plan, and a scaffold dry run of dagster-module with five add-ons (16 files, one injection).</summary>
[MemoryDiagnoser]
public class CoreBenchmarks
{
    private string _root = "";
    private IHost _services = null!;
    private ContextBuilder _context = null!;
    private PlanValidator _validator = null!;
    private ScaffoldService _scaffold = null!;
    private JsonElement _plan;

    [GlobalSetup]
    public void Setup()
    {
        _root = Fixtures.NewWorkspace("core");
        _services = Fixtures.Services(_root);
        _context = _services.Services.GetRequiredService<ContextBuilder>();
        _validator = _services.Services.GetRequiredService<PlanValidator>();
        _scaffold = _services.Services.GetRequiredService<ScaffoldService>();
        _plan = JsonSerializer.SerializeToElement(Fixtures.Plan(50));
    }

    [Benchmark]
    public bool BuildContext() => _context.Build(new BuildContextRequest("customer orders")).IsOk;

    [Benchmark]
    public bool ValidatePlan50Bricks() => _validator.Validate(new ValidatePlanRequest(_plan)).IsOk;

    [Benchmark]
    public bool ScaffoldDryRunDagster() => _scaffold.Scaffold(new ScaffoldRequest("dagster-module", "modules/orders",
        new Dictionary<string, object?> { ["module"] = "orders", ["grpc_port"] = 4100 },
        ["postgresql", "schedules", "deploy-git", "deploy-rsync", "workspace"], DryRun: true)).IsOk;

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
