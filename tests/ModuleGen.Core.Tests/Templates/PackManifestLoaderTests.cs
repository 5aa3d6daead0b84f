using ModuleGen.Core.Common;
using ModuleGen.Core.Templates;

namespace ModuleGen.Core.Tests.Templates;

public sealed class PackManifestLoaderTests
{
    private const string Label = "packs/p/template.yaml";

    public static TheoryData<string, string, string, int, int> Problems() => new()
    {
        { "name: p\nversion: 1\nfiles: []\nbogus: 1\n", "template.manifest_unknown_key", "/bogus", 4, 1 },
        { "name: p\nversion: 1\nvariables:\n  x:\n    type: string\n    colour: red\n", "template.manifest_unknown_key", "/variables/x/colour", 6, 5 },
        { "name: p\nversion: 1\nfiles:\n  - source: a\n    destination: b\n    when: x\n", "template.manifest_unknown_key", "/files/0/when", 6, 5 },
        { "name: p\nversion: 1\nvariables:\n  x:\n    type: float\n", "template.manifest_invalid", "/variables/x/type", 5, 11 },
        { "name: p\nversion: 1\nvariables:\n  x:\n    type: int\n    default: ten\n", "template.manifest_invalid", "/variables/x/default", 6, 14 },
        { "name: p\nversion: 1\nvariables:\n  x:\n    type: string\n    pattern: '(['\n", "template.manifest_invalid", "/variables/x/pattern", 6, 15 },
        { "name: p\nversion: 1\nvariables:\n  Bad-Name: {}\n", "template.manifest_invalid", "/variables/Bad-Name", 4, 3 },
        { "name: p\nversion: 1\naddons:\n  a:\n    conflicts: [zz]\n", "template.manifest_invalid", "/addons/a/conflicts", 0, 0 },
        { "name: p\nversion: 1\nfiles:\n  - source: a\n    destination: b\n    condition: nothere\n", "template.condition_invalid", "/files/0/condition", 6, 16 },
        { "name: p\nversion: 1\naddons:\n  a: {}\nfiles:\n  - source: a\n    destination: b\n    condition: addons.a || addons.zz\n", "template.condition_invalid", "/files/0/condition", 8, 16 },
        { "name: p\nversion: 1\naddons:\n  deploy-git: {}\nfiles:\n  - source: a\n    destination: b\n    condition: addons[\"deploy-gti\"]\n", "template.condition_invalid", "/files/0/condition", 8, 16 },
        { "name: p\nversion: 1\nfiles:\n  - source: a\n    destination: b\n    condition: addons.a &&\n", "template.condition_invalid", "/files/0/condition", 6, 27 },
        { "name: p\nversion: 1\nfiles:\n  - source: a\n    destination: b\n    condition: 'x = 1; y = 2'\n", "template.condition_invalid", "/files/0/condition", 6, 17 },
        { "name: p\nversion: 1\nvariables:\n  x:\n    type: string\ninjections:\n  - target: t\n    marker: m\n    snippet: s\n    condition: x.nope > 1\n", "template.condition_invalid", "/injections/0/condition", 10, 18 },
        { "name: p\nversion: 1\nchecklist:\n  - id: c\n    path: p\n    condition: object.eval \"1\"\n", "template.condition_invalid", "/checklist/0/condition", 6, 23 },
        { "name: p\nversion: 1\nfiles:\n  - source: ../a\n    destination: b\n", "template.manifest_invalid", "/files/0/source", 4, 5 },
        { "name: p\nversion: 1\nfiles:\n  - source: a\n    destination: '{{ if x }}b'\n", "template.syntax", "/files/0/destination", 5, 29 },
        { "name: p\nfiles: [\n", "template.manifest_syntax", "", 3, 1 },
        { "version: 1\n", "template.manifest_invalid", "/name", 0, 0 },
        { $"name: p\nversion: 1\ndescription: {new string('x', 501)}\n", "template.manifest_invalid", "/description", 3, 14 },
        { $"name: p\nversion: 1\naddons:\n  a:\n    description: {new string('x', 501)}\n", "template.manifest_invalid", "/addons/a/description", 5, 18 },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Parse_Problem_NamesCodePointerAndLocation(string yaml, string code, string pointer, int line, int column)
    {
        var result = PackManifestLoader.Parse(yaml, Label);

        result.IsOk.Should().BeFalse();
        var error = result.Errors.First(e => e.Code == code);
        error.Pointer.Should().Be(pointer);
        if (line > 0)
        {
            error.Location.Should().Be(new SourceLocation(Label, line, column));
        }
    }

    [Fact]
    public void Parse_SeveralProblems_AllCollected()
    {
        var result = PackManifestLoader.Parse("name: p\nversion: 1\nextra: 1\nvariables:\n  x:\n    type: nope\n  y:\n    type: choice\n", Label);

        result.Errors.Select(e => e.Pointer).Should().BeEquivalentTo("/extra", "/variables/x/type", "/variables/y/choices", "/variables/y");
    }

    [Fact]
    public void Load_BuiltInPacks_AreValid()
    {
        foreach (var folder in Directory.GetDirectories(PackCatalogueOptions.Default.BuiltInDirectory))
        {
            var result = PackManifestLoader.Load(folder, Path.GetFileName(folder));
            result.IsOk.Should().BeTrue(string.Join("\n", result.Errors.Select(e => $"{e.Location} {e.Message}")));
        }
    }

    [Fact]
    public void Load_SourceMissingFromFilesFolder_Reported()
    {
        using var workspace = new TempWorkspace();
        var folder = Support.TestPacks.Write(workspace, "p", "name: p\nversion: 1\nfiles:\n  - source: gone.txt\n    destination: x\n", new Dictionary<string, string>());

        PackManifestLoader.Load(folder, "p/template.yaml").Errors.Should().ContainSingle().Which.Code.Should().Be("template.source_missing");
    }

    [Fact]
    public void Load_PackChangedOnDisk_LoadsTheNewManifest()
    {
        using var workspace = new TempWorkspace();
        var folder = Support.TestPacks.Write(workspace, "p", "name: p\nversion: 1\nfiles:\n  - source: a.txt\n    destination: x\n", new Dictionary<string, string> { ["a.txt"] = "a" });
        PackManifestLoader.Load(folder, "p/template.yaml").Value.Version.Should().Be("1");

        File.WriteAllText(Path.Join(folder, PackManifestLoader.FileName), "name: p\nversion: 2\nfiles:\n  - source: a.txt\n    destination: x\n");
        PackManifestLoader.Load(folder, "p/template.yaml").Value.Version.Should().Be("2");

        File.Delete(Path.Join(folder, PackManifestLoader.FilesFolder, "a.txt"));
        PackManifestLoader.Load(folder, "p/template.yaml").Errors.Should().ContainSingle().Which.Code.Should().Be("template.source_missing");

        File.WriteAllText(Path.Join(folder, PackManifestLoader.FilesFolder, "a.txt"), "a");
        PackManifestLoader.Load(folder, "p/template.yaml").IsOk.Should().BeTrue();
    }
}
