using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModuleGen.Core.Audit;
using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Benchmarks;

/// <summary>Scaffolding a synthetic 500-file pack into a fresh folder (render, stage, commit, answers file), one
/// scaffold per measured invocation.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 1)]
public class ScaffoldThroughputBenchmarks
{
    public const int Files = 500;

    private string _root = "";
    private IHost _services = null!;
    private ScaffoldService _scaffold = null!;
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        _root = Fixtures.NewWorkspace("scaffold500");
        Fixtures.WriteSyntheticPack(_root, Files);
        _services = Fixtures.Services(_root);
        _scaffold = _services.Services.GetRequiredService<ScaffoldService>();
    }

    [Benchmark]
    public bool Scaffold500Files()
    {
        var result = _scaffold.Scaffold(new ScaffoldRequest("synthetic", $"out/run{_run++}", new Dictionary<string, object?> { ["module"] = "orders" }, []));
        return result.IsOk ? true : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}

/// <summary>audit_workspace over the whole workspace (every module's checklist, answers hashes, spec documents, and
/// the workspace-level rules) at 100, 1,000 and 5,000 scaffolded modules, to show how it grows.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class AuditBenchmarks
{
    private IHost _services = null!;
    private AuditService _audit = null!;

    [Params(100, 1000, 5000)]
    public int Modules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _services = Fixtures.Services(Fixtures.AuditWorkspace(Modules));
        _audit = _services.Services.GetRequiredService<AuditService>();
    }

    [Benchmark]
    public int AuditWorkspace()
    {
        var result = _audit.Run(new AuditRequest(null, AuditFormat.Json, null));
        return result.IsOk && result.Value.Modules.Count == Modules ? result.Value.Findings.Count
            : throw new InvalidOperationException(result.IsOk ? $"audited {result.Value.Modules.Count} modules" : result.Errors[0].Message);
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();
}
