using ModuleGen.Core.Execution;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Scaffolding;

public sealed class AnswersExpectedFilesTests
{
    [Fact]
    public void ExpectedFiles_ScaffoldedBrick_AreTheAnswersFiles()
    {
        using var workspace = new TempWorkspace();
        workspace.Scaffolder().Scaffold(Requests.Scaffold("python-module", "amplifier/ideas/loader", module: "loader")).IsOk.Should().BeTrue();

        var files = new AnswersExpectedFiles(workspace.Open()).ExpectedFiles(Brick("amplifier/ideas/loader"));

        files.Should().BeEquivalentTo(".modulegen-answers.yaml", "README.md", "__init__.py", "core.py", "models.py", "tests/__init__.py", "tests/test_core.py");
    }

    [Theory]
    [InlineData("amplifier/ideas/other")]
    [InlineData("../outside")]
    public void ExpectedFiles_NotScaffoldedOrOutside_None(string target)
    {
        using var workspace = new TempWorkspace();

        new AnswersExpectedFiles(workspace.Open()).ExpectedFiles(Brick(target)).Should().BeNull();
    }

    private static ExpandedBrick Brick(string target) =>
        new("loader", new PlanBrick { Name = "loader", Description = "d", ContractPath = "c.md", SpecPath = "s.md", TargetDir = target, Type = "python_module" }, [], "plan.json", 0, "ideas", 0);
}
