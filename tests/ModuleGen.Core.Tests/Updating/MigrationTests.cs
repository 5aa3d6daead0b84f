using ModuleGen.Core.Common;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Updating;

namespace ModuleGen.Core.Tests.Updating;

/// <summary>Pack migrations in update_module: a pack "moving" goes 1.0.0 → 2.0.0 with one migration of every kind of
/// step (a folder move, a delete, a variable renamed and one set, a marker block edited, a step for the agent).</summary>
public sealed class MigrationTests : IDisposable
{
    private const string Folder = "modules/orders";
    private const string AgentStep = "src-layout/review-imports";

    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static string Module(string file) => $"{Folder}/{file}";

    private void WritePack(int version)
    {
        var folder = Path.Join(_ws.Root, ".modulegen/templates/moving");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var v1 = version == 1;
        var src = v1 ? "" : "src/";
        var manifest = $"name: moving\nversion: {version}.0.0\ndescription: A pack whose package moves under src/ in 2.0.0.\nvariables:\n" +
            "  name:\n    type: string\n    required: true\n" +
            (v1 ? "  old_flag:\n    type: string\n    default: \"on\"\n" : "  flag:\n    type: string\n    default: \"off\"\n  greeting:\n    type: string\n    default: hi\n") +
            $"files:\n  - source: core.py.sbn\n    destination: {src}pkg/core.py\n  - source: util.py\n    destination: {src}pkg/util.py\n  - source: flags.txt.sbn\n    destination: flags.txt\n" +
            (v1 ? "  - source: tests_init.py\n    destination: tests/__init__.py\n" : "");
        var files = new Dictionary<string, string>
        {
            ["core.py.sbn"] = $"# core of {{{{ name }}}}\nVALUE = {version}\n\n\ndef run():\n    return VALUE\n",
            ["util.py"] = "def util():\n    return 1\n",
            ["flags.txt.sbn"] = v1 ? "flag = {{ old_flag }}\n" : "flag = {{ flag }}\ngreeting = {{ greeting }}\n",
            ["tests_init.py"] = "# tests\n",
            ["migrations/opts.cfg.sbn"] = "level = 2\nname = {{ name }}\n",
            ["migrations/review.md.sbn"] = "Imports of `{{ name }}` that named `pkg.core` now resolve through the installed `src/` package; check each one.\n",
        };
        if (!v1)
        {
            manifest += """
                migrations:
                  - version: 2.0.0
                    id: src-layout
                    description: The package moves under src/.
                    steps:
                      - move: pkg
                        to: src/pkg
                      - delete: tests/__init__.py
                      - rename_variable: old_flag
                        to: flag
                      - set_variable: greeting
                        value: "hello {{ name }}"
                      - edit: setup.cfg
                        marker: opts
                        snippet: migrations/opts.cfg.sbn
                      - agent: review-imports
                        instructions: migrations/review.md.sbn

                """;
        }

        TestPacks.Write(_ws, "moving", manifest, files);
    }

    private void ScaffoldV1WithEdits()
    {
        WritePack(1);
        _ws.Scaffolder().Scaffold(new ScaffoldRequest("moving", Folder, new Dictionary<string, object?> { ["name"] = "orders" }, [])).IsOk.Should().BeTrue();
        _ws.Write(Module("pkg/core.py"), _ws.Read(Module("pkg/core.py")) + "\n\n# a note of mine\n");
        _ws.Write(Module("pkg/mine.py"), "from pkg.core import run\n");
        _ws.Write(Module("setup.cfg"), "[tool]\n# >>> modulegen:opts >>>\nlevel = 1\n# <<< modulegen:opts <<<\n");
    }

    private Result<UpdateResult> Update(bool dryRun = false, IReadOnlyList<string>? done = null) =>
        _ws.Updater().Update(new UpdateRequest(Folder, null, null, new Dictionary<string, object?>(), null, dryRun, Done: done));

    [Fact]
    public void Update_AcrossAMigration_RunsEveryStepAndMergesTheRenderWhereTheFilesMoved()
    {
        ScaffoldV1WithEdits();
        WritePack(2);

        var result = Update();

        result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        _ws.Read(Module("src/pkg/core.py")).Should().Be("# core of orders\nVALUE = 2\n\n\ndef run():\n    return VALUE\n\n\n# a note of mine\n", "the user's edit follows the file to its new place");
        _ws.Read(Module("src/pkg/mine.py")).Should().Be("from pkg.core import run\n", "a file the user added moves with its folder");
        Directory.Exists(Path.Join(_ws.Root, Module("pkg"))).Should().BeFalse("the emptied folder goes");
        _ws.Exists(Module("tests/__init__.py")).Should().BeFalse("an unedited file the migration deletes is deleted");
        _ws.Read(Module("flags.txt")).Should().Be("flag = on\ngreeting = hello orders\n", "the renamed variable keeps its value, the set one takes the rendered value");
        _ws.Read(Module("setup.cfg")).Should().Contain("level = 2\nname = orders\n").And.StartWith("[tool]\n");
        var answers = _ws.Read(Module(".modulegen-answers.yaml"));
        answers.Should().Contain("version: \"2.0.0\"").And.Contain("flag: \"on\"").And.NotContain("old_flag").And.Contain("\"src/pkg/core.py\": ");
        answers.Should().Contain($"migrations:\n  - id: \"{AgentStep}\"\n    version: \"2.0.0\"\n    status: \"pending\"\n");
        result.Value.Changes.Where(c => c.Action == UpdateAction.Move).Select(c => c.Path).Should().BeEquivalentTo(Module("pkg/core.py"), Module("pkg/mine.py"), Module("pkg/util.py"));
        result.Value.Changes.Single(c => c.Path == Module("src/pkg/core.py")).Action.Should().Be(UpdateAction.Merge);
        result.Value.PendingMigrations.Should().ContainSingle().Which.Should().Match<PendingMigration>(p =>
            p.Id == AgentStep && p.Version == "2.0.0" && p.Instructions.Contains("`orders`") && p.Migration == "The package moves under src/.");
        result.Value.NeedsAttention.Should().BeTrue("the agent's step is not done");
        _ws.Findings("orders").Should().ContainSingle(f => f.RuleId == "MG018").Which.Message.Should().Contain(AgentStep);
    }

    [Fact]
    public void Update_AgentStepMarkedDone_NoLongerReportedByUpdateOrAudit()
    {
        ScaffoldV1WithEdits();
        WritePack(2);
        Update().IsOk.Should().BeTrue();

        var unknown = Update(done: ["src-layout/nothing"]);
        var done = Update(done: [AgentStep]);

        unknown.Errors.Should().ContainSingle().Which.Should().Match<ToolError>(e => e.Code == "update.migration_unknown" && e.Pointer == "/done/0" && e.Hint.Contains(AgentStep));
        done.IsOk.Should().BeTrue();
        done.Value.PendingMigrations.Should().BeNull();
        done.Value.Message.Should().StartWith("Marked 1 migration step(s) done");
        _ws.Read(Module(".modulegen-answers.yaml")).Should().Contain("status: \"done\"");
        _ws.Findings("orders").Should().NotContain(f => f.RuleId == "MG018");
        Update().Value.Message.Should().Be("Nothing to do: the module is up to date.");
    }

    [Fact]
    public void Update_Again_ChangesNothingAndRunsNoMigration()
    {
        ScaffoldV1WithEdits();
        WritePack(2);
        Update().IsOk.Should().BeTrue();
        var before = _ws.TreeHash();

        var again = Update();

        again.Value.Changes.Should().OnlyContain(c => c.Action == UpdateAction.Unchanged);
        again.Value.Message.Should().NotContain("migration(s)", "2.0.0 is already passed");
        _ws.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Update_MigrationRunOverAnAlreadyMigratedModule_ChangesNoFile()
    {
        ScaffoldV1WithEdits();
        WritePack(2);
        Update().IsOk.Should().BeTrue();
        var files = _ws.TreeHash(Module(".modulegen-answers.yaml"));
        var answers = Module(".modulegen-answers.yaml");
        _ws.Write(answers, _ws.Read(answers).Replace("version: \"2.0.0\"", "version: \"1.0.0\"", StringComparison.Ordinal));

        var rerun = Update();

        rerun.IsOk.Should().BeTrue(string.Join("; ", rerun.Errors.Select(e => e.Message)));
        rerun.Value.Message.Should().Contain("through migration(s) src-layout (2.0.0)");
        rerun.Value.Changes.Where(c => c.Path != answers).Should().OnlyContain(c => c.Action == UpdateAction.Unchanged, "every step finds its work done");
        _ws.TreeHash(answers).Should().Be(files);
        _ws.Read(answers).Should().Contain("version: \"2.0.0\"").And.Contain("status: \"pending\"").And.Contain("flag: \"on\"");
    }

    [Fact]
    public void Update_StepCannotBeDone_RefusedWithTheStepNamedAndNothingWritten()
    {
        ScaffoldV1WithEdits();
        _ws.Write(Module("src/pkg/util.py"), "# the user's own util\n");
        WritePack(2);
        var before = _ws.TreeHash();

        var result = Update();

        result.Errors.Should().ContainSingle().Which.Should().Match<ToolError>(e =>
            e.Code == "update.migration_failed" && e.Message.Contains("src-layout") && e.Message.Contains("step 1") && e.Message.Contains("src/pkg/util.py") &&
            e.Location!.File.EndsWith("template.yaml", StringComparison.Ordinal));
        _ws.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Update_CommitFailsAfterMoves_EveryFileBackWhereItWas()
    {
        ScaffoldV1WithEdits();
        WritePack(2);
        var before = _ws.TreeHash(".modulegen/templates");

        var result = _ws.Updater(new FailingCommit { FailOn = "flags.txt" }).Update(new UpdateRequest(Folder, null, null, new Dictionary<string, object?>(), null));

        result.Errors.Should().ContainSingle().Which.Code.Should().Be("update.commit_failed");
        _ws.TreeHash(".modulegen/templates").Should().Be(before, "a failed update puts every moved, deleted and edited file back");
        Update().IsOk.Should().BeTrue("the next run starts from the same state");
    }

    [Fact]
    public void Update_DryRun_ListsTheMigrationAndItsAgentStepAndWritesNothing()
    {
        ScaffoldV1WithEdits();
        WritePack(2);
        var before = _ws.TreeHash();

        var result = Update(dryRun: true).Value;

        _ws.TreeHash().Should().Be(before);
        result.PendingMigrations.Should().ContainSingle(p => p.Id == AgentStep);
        result.Message.Should().Contain("through migration(s) src-layout (2.0.0)");
        result.Changes.Single(c => c.Path == Module("src/pkg/core.py")).Diff.Should().Contain("-VALUE = 1\n+VALUE = 2\n");
    }

    [Fact]
    public void Update_EditedFileTheMigrationDeletes_KeptAndFlagged()
    {
        ScaffoldV1WithEdits();
        _ws.Write(Module("tests/__init__.py"), "# tests, with a fixture of mine\n");
        WritePack(2);

        var result = Update().Value;

        result.Changes.Single(c => c.Path == Module("tests/__init__.py")).Should().Match<UpdateChange>(c => c.Action == UpdateAction.Keep && c.NeedsAttention);
        _ws.Read(Module("tests/__init__.py")).Should().Be("# tests, with a fixture of mine\n");
    }
}
