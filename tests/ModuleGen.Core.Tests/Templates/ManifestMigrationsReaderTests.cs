using ModuleGen.Core.Templates;

namespace ModuleGen.Core.Tests.Templates;

/// <summary>The migrations: section of template.yaml: what it reads, and every way it is refused with its pointer.</summary>
public sealed class ManifestMigrationsReaderTests
{
    private const string Head = "name: p\nversion: 2.0.0\nvariables:\n  x:\n    type: string\nmigrations:\n";

    private static string Migration(string version, string id, string steps) => $"  - version: {version}\n    id: {id}\n    steps:\n{steps}";

    public static TheoryData<string, string, string, string> Problems() => new()
    {
        { "version not a number", Migration("two", "a", "      - delete: f\n"), "template.manifest_invalid", "/migrations/0/version" },
        { "after the pack's version", Migration("3.0.0", "a", "      - delete: f\n"), "template.manifest_invalid", "/migrations/0/version" },
        { "out of order", Migration("2.0.0", "a", "      - delete: f\n") + Migration("1.5.0", "b", "      - delete: g\n"), "template.manifest_invalid", "/migrations/1/version" },
        { "same id twice", Migration("1.0.0", "a", "      - delete: f\n") + Migration("2.0.0", "a", "      - delete: g\n"), "template.manifest_invalid", "/migrations/1/id" },
        { "id not a name", Migration("2.0.0", "Bad Id", "      - delete: f\n"), "template.manifest_invalid", "/migrations/0/id" },
        { "no steps", "  - version: 2.0.0\n    id: a\n", "template.manifest_invalid", "/migrations/0/steps" },
        { "two actions in a step", Migration("2.0.0", "a", "      - move: a\n        delete: b\n"), "template.manifest_invalid", "/migrations/0/steps/0" },
        { "no action in a step", Migration("2.0.0", "a", "      - to: b\n"), "template.manifest_invalid", "/migrations/0/steps/0" },
        { "a key the action does not take", Migration("2.0.0", "a", "      - move: a\n        to: b\n        colour: red\n"), "template.manifest_unknown_key", "/migrations/0/steps/0/colour" },
        { "move without to", Migration("2.0.0", "a", "      - move: a\n"), "template.manifest_invalid", "/migrations/0/steps/0/to" },
        { "a path leaving the module", Migration("2.0.0", "a", "      - move: ../a\n        to: b\n"), "template.manifest_invalid", "/migrations/0/steps/0/move" },
        { "rename to an undeclared variable", Migration("2.0.0", "a", "      - rename_variable: old\n        to: nope\n"), "template.manifest_invalid", "/migrations/0/steps/0/to" },
        { "set an undeclared variable", Migration("2.0.0", "a", "      - set_variable: nope\n        value: v\n"), "template.manifest_invalid", "/migrations/0/steps/0/set_variable" },
        { "edit without a snippet", Migration("2.0.0", "a", "      - edit: f\n        marker: m\n"), "template.manifest_invalid", "/migrations/0/steps/0/snippet" },
        { "agent step id twice", Migration("2.0.0", "a", "      - agent: s\n        instructions: i.md\n      - agent: s\n        instructions: j.md\n"), "template.manifest_invalid", "/migrations/0/steps/1/agent" },
        { "instructions outside files/", Migration("2.0.0", "a", "      - agent: s\n        instructions: ../i.md\n"), "template.manifest_invalid", "/migrations/0/steps/0/instructions" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Parse_BadMigrations_RefusedWithThePointer(string scenario, string migrations, string code, string pointer)
    {
        var result = PackManifestLoader.Parse(Head + migrations, "p/template.yaml");

        result.Errors.Should().Contain(e => e.Code == code && e.Pointer == pointer, scenario + ": " + string.Join("; ", result.Errors.Select(e => $"{e.Code} {e.Pointer}")));
    }

    [Fact]
    public void Parse_EveryKindOfStep_ReadInOrder()
    {
        var result = PackManifestLoader.Parse(Head + Migration("1.1.0", "first", "      - delete: old.txt\n") + Migration("2.0.0", "second",
            "      - move: \"{{ x }}\"\n        to: \"src/{{ x }}\"\n      - rename_variable: y\n        to: x\n      - set_variable: x\n        value: v\n" +
            "      - edit: f.cfg\n        marker: m\n        snippet: s.sbn\n      - agent: review\n        instructions: r.md\n"), "p/template.yaml");

        result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        result.Value.Migrations.Select(m => (m.Version, m.Id)).Should().Equal(("1.1.0", "first"), ("2.0.0", "second"));
        result.Value.Migrations[1].Steps.Select(s => s.Kind).Should().Equal(
            MigrationStep.StepKind.Move, MigrationStep.StepKind.RenameVariable, MigrationStep.StepKind.SetVariable, MigrationStep.StepKind.Edit, MigrationStep.StepKind.Agent);
        result.Value.Migrations[1].Steps[0].Should().Match<MigrationStep>(s => s.Target == "{{ x }}" && s.To == "src/{{ x }}");
    }

    [Theory]
    [InlineData("2.0.0", "1.0.0", "2.0.0", true)]
    [InlineData("2.0.0", "2.0.0", "2.1.0", false)]
    [InlineData("2.0.0", "1.4.0", "1.9.0", false)]
    [InlineData("2.0.0", "1.0.0", "2.1.0", true)]
    [InlineData("1.5.0", "1.0.0", "2.0.0", true)]
    public void PackVersions_Between_AsNxAndCopierSelectMigrations(string migration, string from, string to, bool runs) =>
        PackVersions.Between(migration, from, to).Should().Be(runs);
}
