using System.Diagnostics;
using ModuleGen.Core.Common;
using ModuleGen.Core.Registry.Toml;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Hardening;

/// <summary>Every YAML and TOML file ModuleGen reads is parsed with a nesting cap, so 64 KB of <c>[[[[…</c> is a
/// syntax error within milliseconds (it took 28–73 s in YAML; TOML's parser has its own cap), while nesting up to the
/// cap still parses. Times are printed for the record, never asserted.</summary>
public sealed class DeepNestingTests
{
    private const int Deep = 32_000;

    public static TheoryData<string> YamlReaders => new(["modulegen.yaml", "template.yaml", "answers", "any"]);

    [Theory]
    [MemberData(nameof(YamlReaders))]
    public void Yaml_32kDeep_RefusedQuicklyAtItsPosition(string reader)
    {
        var text = "x: " + new string('[', Deep) + new string(']', Deep) + "\n";

        var clock = Stopwatch.StartNew();
        var refused = Refusal(reader, text);

        Console.Error.WriteLine($"deep YAML ({reader}): refused in {clock.ElapsedMilliseconds} ms");
        refused.Should().BeTrue();
    }

    [Fact]
    public void Yaml_NestedUpToTheCap_StillParses()
    {
        // The top-level mapping is the first level.
        var atCap = "x: " + new string('[', YamlText.MaxDepth - 1) + new string(']', YamlText.MaxDepth - 1) + "\n";
        var pastCap = "x: " + new string('[', YamlText.MaxDepth) + new string(']', YamlText.MaxDepth) + "\n";

        YamlText.Parse(atCap).Error.Should().BeNull();
        YamlText.Parse(pastCap).Error!.Start.Line.Should().Be(1);
    }

    [Theory]
    [InlineData("a = ", "[", "]")]
    [InlineData("a = ", "{b = ", "}")]
    public void Toml_32kDeep_RefusedWithoutOverflowingTheStack(string prefix, string open, string close)
    {
        var text = prefix + string.Concat(Enumerable.Repeat(open, Deep)) + "1" + string.Concat(Enumerable.Repeat(close, Deep)) + "\n";

        var clock = Stopwatch.StartNew();
        var read = TomlReader.Read(text, "dg.toml");

        Console.Error.WriteLine($"deep TOML: refused in {clock.ElapsedMilliseconds} ms");
        read.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.RegistryFileInvalid);
    }

    [Fact]
    public void Toml_NestedAFewLevels_StillReads()
    {
        TomlReader.Read("a = [[[[1]]]]\nb = {c = {d = [\"[[\"]}}\n[tool.dg]\nx = 1\n", "dg.toml").Errors.Should().BeEmpty();
    }

    private static bool Refusal(string reader, string text) => reader switch
    {
        "modulegen.yaml" => ConfigLoader.FromYaml(text).Errors.Single() is { Code: ErrorCodes.ConfigYamlSyntax, Location.Line: 1 },
        "template.yaml" => PackManifestLoader.Parse(text, "template.yaml").Errors.Single() is { Code: ErrorCodes.TemplateManifestSyntax, Location.Line: 1 },
        "answers" => AnswersFileFormat.Read(text) is null,
        _ => YamlText.Parse(text).Error is { Start.Line: 1 },
    };
}
