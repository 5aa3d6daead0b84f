using ModuleGen.Core.Execution;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Scaffolding;

public sealed class AnswersExpectedFilesTests
{
    [Fact]
    public void ExpectedFiles_ScaffoldedBrick_AreTheAnswersFiles()
    {
        using var workspace = new TempWorkspace();
        workspace.Scaffolder().Scaffold(Requests.Scaffold("python-module", "amplifier/ideas/loader", module: "loader")).IsOk.Should().BeTrue();

        var files = new AnswersExpectedFiles(workspace.Open()).ExpectedFiles(Brick("amplifier/ideas/loader"));

        files.Should().BeEquivalentTo(".modulegen-answers.yaml", ".modulegen-base.txt", "README.md", "__init__.py", "core.py", "models.py", "tests/__init__.py", "tests/test_core.py");
    }

    [Theory]
    [InlineData("amplifier/ideas/other")]
    [InlineData("../outside")]
    public void ExpectedFiles_NotScaffoldedOrOutside_None(string target)
    {
        using var workspace = new TempWorkspace();

        new AnswersExpectedFiles(workspace.Open()).ExpectedFiles(Brick(target)).Should().BeNull();
    }

    [Fact]
    public void EmptyByDesign_FilesRecordedWithTheEmptyHash_AreListed()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("amplifier/ideas/loader/.modulegen-answers.yaml",
            "pack: \"python-module\"\nversion: \"1.0.0\"\nvariables: {}\naddons: []\nfiles:\n" +
            $"  \"py.typed\": \"{ContentHash.Of("")}\"\n  \"core.py\": \"{ContentHash.Of("x = 1\n")}\"\ninjections: []\n");

        new AnswersExpectedFiles(workspace.Open()).EmptyByDesign(Brick("amplifier/ideas/loader")).Should().Equal("py.typed");
    }

    private static ExpandedBrick Brick(string target) =>
        new("loader", new PlanBrick { Name = "loader", Description = "d", ContractPath = "c.md", SpecPath = "s.md", TargetDir = target, Type = "python_module" }, [], "plan.json", 0, "ideas", 0);
}
