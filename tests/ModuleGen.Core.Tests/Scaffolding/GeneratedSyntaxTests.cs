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

        foreach (var file in files)
        {
            var (exitCode, output) = Python.Run(["-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[1] + '.pyc-check', doraise=True)", file]);
            exitCode.Should().Be(0, $"{Path.GetRelativePath(workspace.Root, file)} must compile:\n{output}");
        }
    }

    [PythonTheory]
    [MemberData(nameof(Scenarios))]
    public void GeneratedToml_Parses(string scenario)
    {
        using var workspace = PackScenarios.Render(scenario);

        foreach (var file in FilesEnding(workspace, ".toml"))
        {
            var (exitCode, output) = Python.Run(["-c", "import tomllib, sys; tomllib.load(open(sys.argv[1], 'rb'))", file]);
            exitCode.Should().Be(0, $"{Path.GetRelativePath(workspace.Root, file)} must be valid TOML:\n{output}");
        }
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

    public static TheoryData<string> Scenarios() => PackScenarios.Names();

    private static IReadOnlyList<string> FilesEnding(TempWorkspace workspace, string extension) =>
        Directory.EnumerateFiles(workspace.Root, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(extension, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
}
