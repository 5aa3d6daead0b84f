using System.Globalization;
using BenchmarkDotNet.Running;
using ModuleGen.Benchmarks;

// `latency [calls]` times single tool calls through the protocol (p50/p99); `generate-audit N` only builds the N-module
// workspace; anything else goes to BenchmarkDotNet (e.g. --filter '*Audit*'). See BENCHMARKS.md.
return args switch
{
    ["latency", ..] => await LatencyRunner.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000),
    ["generate-audit", var n] => Generate(int.Parse(n, CultureInfo.InvariantCulture)),
    _ => Run(args),
};

static int Generate(int modules)
{
    var started = System.Diagnostics.Stopwatch.StartNew();
    Console.WriteLine($"{Fixtures.AuditWorkspace(modules)} ({modules} modules) ready in {started.Elapsed.TotalSeconds:F1} s");
    return 0;
}

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(CoreBenchmarks).Assembly).Run(args);
    return 0;
}
