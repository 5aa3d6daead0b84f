using System.Diagnostics;
using System.Text;
using ModuleGen.Core.Common;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Hardening;

/// <summary>A template pack in .modulegen/templates/ arrives with a git pull, so it is hostile input like any other: a
/// special file or a link out of the pack in place of its files, a template that would render for ever, a destination in
/// .git/ or in ModuleGen's own state, a manifest of 100,000 files — each is refused quickly, with the file (and line),
/// writing nothing. The time each refusal took is printed for the record (never asserted).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostilePackTests : IDisposable
{
    private static readonly TimeSpan s_hang = TimeSpan.FromSeconds(60);
    private readonly TempWorkspace _ws = new();

    [Theory]
    [InlineData("fifo")]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    [InlineData("oversized")]
    public async Task Manifest_NotARegularFileInsideThePack_IsRefusedWithoutHanging(string planted)
    {
        var manifest = Path.Join(_ws.Root, ".modulegen/templates/evil/template.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(manifest)!);
        switch (planted)
        {
            case "fifo":
                SpecialNodes.Fifo(manifest);
                break;
            case "oversized":
                File.WriteAllText(manifest, "name: evil\ndescription: " + new string('x', (int)PackFileReader.MaxManifestBytes) + "\n");
                break;
            default:
                File.CreateSymbolicLink(manifest, planted);
                break;
        }

        var clock = Stopwatch.StartNew();
        var found = await Task.Run(() => ScaffoldingSupport.Catalogue(_ws.Open()).Find("evil")).WaitAsync(s_hang);

        Report($"template.yaml {planted}", clock);
        found.Errors.Select(e => e.Code).Should().Equal(ErrorCodes.ReadFailed);
        found.Errors[0].Location!.File.Should().Be(".modulegen/templates/evil/template.yaml");
    }

    [Theory]
    [InlineData("fifo")]
    [InlineData("/dev/zero")]
    public async Task Source_NotARegularFileInsideThePack_ScaffoldRefusedWithoutHanging(string planted)
    {
        TestPacks.Write(_ws, "simple", TestPacks.Simple);
        var source = Path.Join(_ws.Root, ".modulegen/templates/simple/files/a.txt.sbn");
        File.Delete(source);
        if (planted == "fifo")
        {
            SpecialNodes.Fifo(source);
        }
        else
        {
            File.CreateSymbolicLink(source, planted);
        }

        var clock = Stopwatch.StartNew();
        var result = await Task.Run(() => _ws.Scaffolder().Scaffold(Requests.Scaffold("simple", "out", module: null, variables: new Dictionary<string, object?> { ["name"] = "x" }))).WaitAsync(s_hang);

        Report($"pack source {planted}", clock);
        result.Errors.Select(e => e.Code).Should().Contain(ErrorCodes.TemplateSourceMissing);
        _ws.Exists("out").Should().BeFalse("nothing is written"); // (a tree hash would read the FIFO itself)
    }

    [Fact]
    public void Render_FunctionThatCallsItselfFourTimes40Deep_IsStoppedWithinItsBudget_AtTheTemplateLine_AndReleasesTheLock()
    {
        TestPacks.Write(_ws, "bomb", Manifest("bomb", "out.txt"), new Dictionary<string, string>
        {
            ["a.txt.sbn"] = """
                {{ d = 0
                func f
                  d = d + 1
                  if d < 40
                    f
                    f
                    f
                    f
                  end
                  d = d - 1
                end
                f }}
                """,
        });
        var before = _ws.TreeHash();

        var clock = Stopwatch.StartNew();
        var result = _ws.Scaffolder().Scaffold(Requests.Scaffold("bomb", "out", module: null));

        Report("render bomb", clock);
        result.Errors.Select(e => e.Code).Should().Equal(ErrorCodes.TemplateRenderFailed);
        result.Errors[0].Location!.File.Should().Be(".modulegen/templates/bomb/files/a.txt.sbn");
        result.Errors[0].Location!.Line.Should().BeInRange(2, 12);
        _ws.TreeHash().Should().Be(before);
        using var free = new KeyedLocks(TimeSpan.Zero).Enter(_ws.Open(), KeyedLocks.WorkspaceFiles, "after the bomb").Value;
    }

    [Theory]
    [InlineData(".git/hooks/pre-commit")]
    [InlineData("{{ name }}/.git/config")]
    [InlineData(".hg/hgrc")]
    [InlineData(".modulegen/templates/simple/template.yaml")]
    public void Manifest_DestinationInAVersionControlOrStateFolder_RefusedAtLoadWithTheLine(string destination)
    {
        TestPacks.Write(_ws, "evil", Manifest("evil", destination));

        var found = ScaffoldingSupport.Catalogue(_ws.Open()).Find("evil");

        var error = found.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(ErrorCodes.TemplateManifestInvalid);
        error.Pointer.Should().Be("/files/0/destination");
        error.Location!.File.Should().Be(".modulegen/templates/evil/template.yaml");
        error.Location.Line.Should().Be(9);
    }

    [Theory]
    [InlineData("{{ name }}/hooks/pre-commit", ".git", "out")]
    [InlineData("hooks/pre-commit", "x", ".git")]
    [InlineData("hooks/pre-commit", "x", "modules/.git")]
    public void Scaffold_RenderedDestinationInAVersionControlFolder_RefusedWhateverOnConflictSays(string destination, string name, string target)
    {
        TestPacks.Write(_ws, "evil", Manifest("evil", destination));
        Directory.CreateDirectory(Path.Join(_ws.Root, ".git/hooks"));
        var before = _ws.TreeHash();

        var result = _ws.Scaffolder().Scaffold(Requests.Scaffold("evil", target, module: null, onConflict: "overwrite", variables: new Dictionary<string, object?> { ["name"] = name }));

        result.Errors.Select(e => e.Code).Should().Contain(ErrorCodes.PathReservedFolder);
        _ws.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Manifest_OfOneHundredThousandFiles_RefusedWithACountLimit()
    {
        // One entry, then 99,999 references to it: small enough (under the manifest's byte cap) to reach the count.
        var manifest = new StringBuilder("name: huge\nversion: 1.0.0\ndescription: x\nfiles:\n  - &f {source: a, destination: a}\n");
        manifest.Insert(manifest.Length, "  - *f\n", 99_999);

        TestPacks.Write(_ws, "huge", manifest.ToString(), new Dictionary<string, string> { ["a"] = "a\n" });

        var clock = Stopwatch.StartNew();
        var found = ScaffoldingSupport.Catalogue(_ws.Open()).Find("huge");

        Report("100,000-file manifest", clock);
        var error = found.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(ErrorCodes.TemplateManifestInvalid);
        error.Pointer.Should().Be("/files");
        error.Message.Should().Contain("100,000").And.Contain(ManifestReader.MaxEntries.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Manifest_OfOneHundredThousandDistinctFiles_RefusedByItsSizeBeforeParsing()
    {
        var manifest = new StringBuilder("name: huge\nversion: 1.0.0\ndescription: x\nfiles:\n");
        for (var i = 0; i < 100_000; i++)
        {
            manifest.Append("  - {source: a, destination: f").Append(i).Append("}\n");
        }

        TestPacks.Write(_ws, "huge", manifest.ToString(), new Dictionary<string, string> { ["a"] = "a\n" });

        var clock = Stopwatch.StartNew();
        var found = ScaffoldingSupport.Catalogue(_ws.Open()).Find("huge");

        Report("100,000-file manifest (distinct entries)", clock);
        found.Errors.Select(e => e.Code).Should().Equal(ErrorCodes.ReadFailed);
        found.Errors[0].Message.Should().Contain($"larger than {PackFileReader.MaxManifestBytes} bytes");
    }

    public void Dispose() => _ws.Dispose();

    private static string Manifest(string name, string destination) => $"""
        name: {name}
        version: 1.0.0
        description: A hostile pack.
        variables:
          name:
            type: string
        files:
          - source: a.txt.sbn
            destination: "{destination}"
        """;

    private static void Report(string what, Stopwatch clock) =>
        Console.Error.WriteLine($"hostile pack: {what} refused in {clock.ElapsedMilliseconds} ms");
}
