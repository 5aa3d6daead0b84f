using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Workspace;

public sealed class ConfigLoaderTests
{
    [Fact]
    public void FromYaml_NoFile_GivesEmbeddedDefaults()
    {
        var config = ConfigLoader.FromYaml(null).Value;

        config.Paths.Plans.Should().Be("ai_working/module_generator/plans");
        config.Paths.ModuleRoots.Should().Equal("modules");
        config.Ports.Should().Be(new PortsConfig(4000, 4999));
        config.Logging.CallLog.Should().BeTrue();
        config.Source.Should().Be("defaults");
    }

    [Fact]
    public void FromYaml_PartialOverride_MergesKeyByKey()
    {
        var result = ConfigLoader.FromYaml("ports:\n  start: 4500\npaths:\n  module_roots: [pipelines, libs]\n");
        result.Errors.Should().BeEmpty();
        var config = result.Value;

        config.Ports.Should().Be(new PortsConfig(4500, 4999));
        config.Paths.ModuleRoots.Should().Equal("pipelines", "libs");
        config.Paths.Plans.Should().Be("ai_working/module_generator/plans");
        config.Source.Should().Be("defaults + modulegen.yaml");
    }

    [Fact]
    public void FromYaml_UnknownKeys_AreAllReportedWithLineAndColumn()
    {
        var result = ConfigLoader.FromYaml("paths:\n  plan: x\nportz: 1\n");

        result.Errors.Select(e => (e.Code, e.Pointer, e.Location!.Line, e.Location.Column)).Should().Equal(
            (ErrorCodes.ConfigUnknownKey, "/paths/plan", 2, 3),
            (ErrorCodes.ConfigUnknownKey, "/portz", 3, 1));
        result.Errors[0].Hint.Should().Contain("plans");
    }

    [Fact]
    public void FromYaml_BadSyntax_GivesLineAndColumn()
    {
        var error = ConfigLoader.FromYaml("paths:\n  plans: [unclosed\n").Errors.Single();

        error.Code.Should().Be(ErrorCodes.ConfigYamlSyntax);
        error.Location!.File.Should().Be("modulegen.yaml");
        error.Location.Line.Should().BeGreaterThan(1);
    }

    [Theory]
    [InlineData("ports:\n  start: abc\n", "/ports/start", 2)]
    [InlineData("ports:\n  start: 70000\n", "/ports/start", 2)]
    [InlineData("logging:\n  file: maybe\n", "/logging/file", 2)]
    [InlineData("scan:\n  skip_dirs: oops\n", "/scan/skip_dirs", 2)]
    [InlineData("logging:\n  level: loud\n", "/logging/level", 2)]
    public void FromYaml_InvalidValue_IsReportedAtItsPointer(string yaml, string pointer, int line)
    {
        var error = ConfigLoader.FromYaml(yaml).Errors.Single();

        error.Code.Should().Be(ErrorCodes.ConfigInvalidValue);
        error.Pointer.Should().Be(pointer);
        error.Location!.Line.Should().Be(line);
    }

    [Fact]
    public void FromYaml_PortRangeInverted_IsRefused()
    {
        ConfigLoader.FromYaml("ports:\n  start: 5000\n  end: 4000\n").Errors.Single().Pointer.Should().Be("/ports/end");
    }

    [Fact]
    public void FromYaml_TopLevelNotAMapping_IsRefused()
    {
        ConfigLoader.FromYaml("- a\n- b\n").Errors.Single().Code.Should().Be(ErrorCodes.ConfigInvalidValue);
    }

    [Fact]
    public void FromYaml_EmptyFile_GivesDefaults()
    {
        ConfigLoader.FromYaml("").Value.Ports.Start.Should().Be(4000);
    }

    [Fact]
    public void FromYaml_OpenMaps_AcceptAnyKeyAndCheckValues()
    {
        var config = ConfigLoader.FromYaml("audit:\n  rules:\n    MG002: off\n    MG101: error\ndocs:\n  id_prefixes:\n    outbound_gateway: OAGW\n").Value;

        config.Audit.Rules.Should().Equal(new Dictionary<string, string> { ["MG002"] = "off", ["MG101"] = "error" });
        config.Docs.IdPrefixes.Should().ContainKey("outbound_gateway").WhoseValue.Should().Be("OAGW");
        config.Docs.Folder.Should().Be("modules/{module}/docs");
    }

    [Fact]
    public void FromYaml_RuleOverrideWithUnknownSeverity_IsRefusedAtItsLine()
    {
        var error = ConfigLoader.FromYaml("audit:\n  rules:\n    MG002: loud\n").Errors.Single();

        error.Pointer.Should().Be("/audit/rules/MG002");
        error.Location!.Line.Should().Be(3);
    }
}
