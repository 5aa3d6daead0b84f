using ModuleGen.Core.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Tests.Scaffolding;

/// <summary>Checks that what the packs generate is valid in its own language: every .py compiles, every YAML file
/// parses (YamlDotNet), every TOML file parses (python3's tomllib). Python checks are skipped, visibly, without python3.</summary>
public sealed class GeneratedSyntaxTests
{
    [PythonTheory]
    [MemberData(nameof(Scenarios))]
    public void GeneratedPython_Compiles(string scenario)
    {
        using var workspace = PackScenarios.Render(scenario);
        var files = FilesEnding(workspace, ".py");

        // One interpreter for all files: a process per file cost most of this test's time.
        var (exitCode, output) = Python.Run(["-c", CompileEach, .. files]);
        exitCode.Should().Be(0, $"every .py file must compile:\n{output}");
    }

    [PythonTheory]
    [MemberData(nameof(Scenarios))]
    public void GeneratedToml_Parses(string scenario)
    {
        using var workspace = PackScenarios.Render(scenario);

        var (exitCode, output) = Python.Run(["-c", LoadEachToml, .. FilesEnding(workspace, ".toml")]);
        exitCode.Should().Be(0, $"every .toml file must be valid TOML:\n{output}");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void GeneratedYaml_Parses(string scenario)
    {
        using var workspace = PackScenarios.Render(scenario);

        foreach (var file in FilesEnding(workspace, ".yaml").Concat(FilesEnding(workspace, ".yml")))
        {
            var load = () => new YamlStream().Load(new StringReader(File.ReadAllText(file)));
            load.Should().NotThrow($"{Path.GetRelativePath(workspace.Root, file)} must be valid YAML");
        }
    }

    [Fact]
    public void Scenarios_CoverPythonTomlAndYaml()
    {
        using var workspace = PackScenarios.Render("dagster-postgresql-schedules-workspace");

        FilesEnding(workspace, ".py").Should().HaveCountGreaterThan(5);
        FilesEnding(workspace, ".toml").Should().ContainSingle();
        FilesEnding(workspace, ".yaml").Should().HaveCount(2, "workspace.yaml and the answers file");
    }

    [PythonFact]
    public void CheckScripts_NameEachBrokenFile_AndFail()
    {
        using var workspace = new TempWorkspace();
        var good = workspace.Write("good.py", "x = 1\n");
        var badPython = workspace.Write("bad.py", "def f(:\n");
        var badToml = workspace.Write("bad.toml", "a = [\n");

        var python = Python.Run(["-c", CompileEach, good, badPython]);
        var toml = Python.Run(["-c", LoadEachToml, badToml]);

        python.ExitCode.Should().Be(1);
        python.Output.Should().Contain("bad.py").And.NotContain("good.py");
        toml.ExitCode.Should().Be(1);
        toml.Output.Should().Contain("bad.toml");
    }

    public static TheoryData<string> Scenarios() => PackScenarios.Names();

    // Each script checks every file named on its command line, prints each failure with its path and exits 1 if any.
    private const string CompileEach =
        "import py_compile, sys\nbad = 0\nfor f in sys.argv[1:]:\n    try: py_compile.compile(f, cfile=f + '.pyc-check', doraise=True)\n" +
        "    except py_compile.PyCompileError as e: bad = 1; print(e.msg)\nsys.exit(bad)";

    private const string LoadEachToml =
        "import tomllib, sys\nbad = 0\nfor f in sys.argv[1:]:\n    try: tomllib.load(open(f, 'rb'))\n" +
        "    except tomllib.TOMLDecodeError as e: bad = 1; print(f, e)\nsys.exit(bad)";

    private static IReadOnlyList<string> FilesEnding(TempWorkspace workspace, string extension) =>
        Directory.EnumerateFiles(workspace.Root, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(extension, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
}
