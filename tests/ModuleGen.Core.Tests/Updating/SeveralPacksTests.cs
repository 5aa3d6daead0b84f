using ModuleGen.Core.Execution;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Updating;

namespace ModuleGen.Core.Tests.Updating;

/// <summary>Two packs generating into one folder each keep their own answers; verify_files, the audit and
/// update_module see both. Also the audit rule for a module generated from an older pack.</summary>
public sealed class SeveralPacksTests : IDisposable
{
    private const string Notes = """
        name: notes
        version: 1.0.0
        description: A second pack that writes into the same folder.
        variables:
          name:
            type: string
            required: true
        files:
          - source: NOTES.md.sbn
            destination: NOTES.md
        """;

    private readonly TempWorkspace _ws = new();

    public SeveralPacksTests()
    {
        EvolvingPack.Write(_ws, 1);
        TestPacks.Write(_ws, "notes", Notes, new Dictionary<string, string> { ["NOTES.md.sbn"] = "notes for {{name}}\n" });
        _ws.Scaffolder().Scaffold(EvolvingPack.Scaffold()).IsOk.Should().BeTrue();
        _ws.Scaffolder().Scaffold(new ScaffoldRequest("notes", EvolvingPack.Folder, new Dictionary<string, object?> { ["name"] = "orders" }, [])).IsOk.Should().BeTrue();
    }

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Scaffold_SecondPackInFolder_GetsItsOwnAnswersAndLeavesTheFirst()
    {
        _ws.Read("modules/orders/.modulegen-answers.yaml").Should().Contain("pack: \"evolving\"").And.Contain("\"README.md\":");
        _ws.Read("modules/orders/.modulegen-answers.notes.yaml").Should().Contain("pack: \"notes\"").And.Contain("\"NOTES.md\":");
        _ws.Read("modules/orders/.modulegen-base.notes.txt").Should().Contain("notes for orders\n");

        var again = _ws.Scaffolder().Scaffold(new ScaffoldRequest("notes", EvolvingPack.Folder, new Dictionary<string, object?> { ["name"] = "orders" }, []));

        again.Value.Changes.Should().OnlyContain(c => c.Kind == ChangeKind.Unchanged);
    }

    [Fact]
    public void VerifyFiles_FolderWithTwoPacks_ExpectsBothPacksFiles()
    {
        var brick = new ExpandedBrick("orders", new PlanBrick { Name = "orders", Description = "d", ContractPath = "c.md", SpecPath = "s.md", TargetDir = EvolvingPack.Folder, Type = "python_module" }, [], "plan.json", 0, "orders", 0);

        var files = new AnswersExpectedFiles(_ws.Open()).ExpectedFiles(brick);

        files.Should().Contain(["README.md", "NOTES.md", ".modulegen-answers.yaml", ".modulegen-answers.notes.yaml", ".modulegen-base.txt", ".modulegen-base.notes.txt"]);
    }

    [Fact]
    public void Audit_FolderWithTwoPacks_SeesEditsInEitherPacksFiles()
    {
        _ws.Write("modules/orders/NOTES.md", "my own notes\n");
        _ws.Write("modules/orders/README.md", "rewritten\n");

        var edited = _ws.Findings("orders").Where(f => f.RuleId == "MG002").Select(f => f.File);

        edited.Should().BeEquivalentTo(["modules/orders/NOTES.md", "modules/orders/README.md"]);
    }

    [Fact]
    public void Audit_ModuleFromOlderPackVersion_ReportsItWithTheUpdateFix()
    {
        EvolvingPack.Write(_ws, 2);

        var outdated = _ws.Findings("orders").Where(f => f.RuleId == "MG017").ToArray();

        outdated.Should().ContainSingle().Which.Should().Match<Core.Audit.Finding>(f =>
            f.File == "modules/orders/.modulegen-answers.yaml" && f.Severity == Core.Audit.Severity.Info && f.Recommendation.Contains("update_module") && f.Message.Contains("2.0.0"));
    }

    [Fact]
    public void Update_FolderWithTwoPacks_NeedsTheTemplateAndUpdatesOnlyThatPack()
    {
        EvolvingPack.Write(_ws, 2);
        var notesAnswers = _ws.Read("modules/orders/.modulegen-answers.notes.yaml");

        var ambiguous = _ws.Updater().Update(EvolvingPack.Update());
        var result = _ws.Updater().Update(EvolvingPack.Update() with { Template = "evolving" });

        ambiguous.Errors.Should().ContainSingle().Which.Code.Should().Be("update.pack_ambiguous");
        result.IsOk.Should().BeTrue();
        result.Value.Changes.Should().NotContain(c => c.Path.Contains("NOTES", StringComparison.Ordinal) || c.Path.Contains("notes", StringComparison.Ordinal));
        _ws.Read("modules/orders/.modulegen-answers.notes.yaml").Should().Be(notesAnswers);
        _ws.Exists("modules/orders/NOTES.md").Should().BeTrue();
    }

    [Theory]
    [InlineData("1.0.0", "1.0.0", false)]
    [InlineData("1.0.0", "1.1.0", true)]
    [InlineData("1.10.0", "1.9.0", false)]
    [InlineData("1.2.0-beta", "1.2.0", true)]
    [InlineData("abc", "abd", true)]
    public void PackVersions_IsOlder(string recorded, string available, bool older) =>
        Core.Templates.PackVersions.IsOlder(recorded, available).Should().Be(older);
}
