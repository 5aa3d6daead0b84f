using ModuleGen.Mcp.Cli;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Scaffolding;

/// <summary>Two dagster-module projects share one pytest run from the repository root: their tests collect side by
/// side (no `tests/__init__.py`, test files named after the package), where the old layout failed with
/// "import file mismatch". Dagster itself cannot be installed here, so a stand-in `dagster` package (every name a
/// permissive object) lets the test modules import; what is checked is pytest's collection, not Dagster's behaviour.</summary>
public sealed class TwoModulesPytestTests : IDisposable
{
    // A module __getattr__ and a metaclass answer every attribute; a call with one callable returns it (decorators).
    private const string DagsterStandIn = """
        class _AnyType(type):
            def __getattr__(cls, name):
                return _Any


        class _Any(metaclass=_AnyType):
            def __init__(self, *args, **kwargs):
                pass

            def __call__(self, *args, **kwargs):
                return args[0] if len(args) == 1 and callable(args[0]) and not kwargs else _Any()

            def __getattr__(self, name):
                return _Any()


        def __getattr__(name):
            return _Any

        """;

    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [PytestFact]
    public async Task TwoGeneratedModules_CollectTogether_FromTheRepositoryRoot()
    {
        (await Run("new", "customer orders", "-t", "dagster-module", "-a", "postgresql,schedules", "--target", "projects/customer_orders", "--workspace", _ws.Root)).Should().Be(ExitCodes.Ok);
        (await Run("new", "stock", "-t", "dagster-module", "-a", "mysql", "--target", "projects/stock", "--workspace", _ws.Root)).Should().Be(ExitCodes.Ok);
        _ws.Write(".stand-ins/dagster/__init__.py", DagsterStandIn);
        var pythonPath = string.Join(':', new[] { ".stand-ins", "projects/customer_orders/src", "projects/stock/src" }.Select(p => Path.Join(_ws.Root, p)));

        var (code, output) = Python.RunPytest(_ws.Root, pythonPath, "--collect-only", "-q", "-p", "no:cacheprovider");

        code.Should().Be(0, output);
        output.Should().Contain("projects/customer_orders/tests/test_customer_orders_definitions.py::test_definitions_load")
            .And.Contain("projects/customer_orders/tests/test_customer_orders_definitions.py::test_schedule_runs_the_module_job")
            .And.Contain("projects/stock/tests/test_stock_definitions.py::test_definitions_load")
            .And.Contain("projects/stock/tests/test_stock_resources.py::test_connection_kwargs_follow_the_settings")
            .And.Contain("9 tests collected");

        // The control: the old layout's tests/__init__.py in both projects makes two packages named 'tests' collide.
        _ws.Write("projects/customer_orders/tests/__init__.py", "");
        _ws.Write("projects/stock/tests/__init__.py", "");
        var (clashCode, clashOutput) = Python.RunPytest(_ws.Root, pythonPath, "--collect-only", "-q", "-p", "no:cacheprovider");
        clashCode.Should().NotBe(0, "the check can tell a clashing layout:\n" + clashOutput);
        clashOutput.Should().Contain("No module named 'tests.test_stock_", "the second 'tests' package is the first one's");
    }

    private static async Task<int> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        return await CliApp.RunAsync(args, stdout, stderr);
    }
}
