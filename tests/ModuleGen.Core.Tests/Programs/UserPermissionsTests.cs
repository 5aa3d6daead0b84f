using ModuleGen.Core.Common;
using ModuleGen.Core.Programs;

namespace ModuleGen.Core.Tests.Programs;

/// <summary>Only the user allows programs: the flag, else the environment, else the user's configuration file — never
/// one inside the workspace; unknown programs and bad timeouts are errors that say where they came from.</summary>
public sealed class UserPermissionsTests : IDisposable
{
    private readonly TempWorkspace _ws = new();
    private readonly string _home = Directory.CreateTempSubdirectory("modulegen-home-").FullName;
    private readonly Dictionary<string, string?> _environment = new(StringComparer.Ordinal);

    public UserPermissionsTests() => _environment["HOME"] = _home;

    [Theory]
    [InlineData(null, null, null, "")]
    [InlineData("dg", null, null, "dg")]
    [InlineData(null, "dg", null, "dg")]
    [InlineData(null, null, "allow_exec: [dg]\n", "dg")]
    [InlineData(null, null, "allow_exec: dg\n", "dg")]
    [InlineData("none", "dg", "allow_exec: [dg]\n", "")]
    [InlineData(null, "none", "allow_exec: [dg]\n", "")]
    [InlineData("dg", "none", null, "dg")]
    public void Resolve_FlagThenEnvironmentThenUserConfig_FirstThatSpeaksWins(string? flag, string? variable, string? config, string expected)
    {
        _environment[UserPermissions.AllowVariable] = variable;
        if (config is not null)
        {
            WriteConfig(Path.Join(_home, ".config"), config);
        }

        var permissions = Resolve(flag is null ? null : [flag]).Value;

        string.Join(",", permissions.Allowed).Should().Be(expected);
        permissions.Allows(ProgramPermissions.Dg).Should().Be(expected == "dg");
    }

    [Fact]
    public void Resolve_XdgConfigHome_IsReadBeforeHome()
    {
        var xdg = Directory.CreateTempSubdirectory("modulegen-xdg-").FullName;
        _environment["XDG_CONFIG_HOME"] = xdg;
        WriteConfig(xdg, "allow_exec: [dg]\nexec_timeout: 30\n");

        var permissions = Resolve(null).Value;

        permissions.Allows(ProgramPermissions.Dg).Should().BeTrue();
        permissions.Timeout.Should().Be(TimeSpan.FromSeconds(30));
        permissions.Source.Should().Contain(xdg);
        Directory.Delete(xdg, recursive: true);
    }

    [Fact]
    public void Resolve_ConfigFileInsideTheWorkspace_IsNotReadAndSaysSo()
    {
        // A repository that ships .config/modulegen/config.yaml and gets run with XDG_CONFIG_HOME pointing into it.
        _environment["XDG_CONFIG_HOME"] = Path.Join(_ws.Root, ".config");
        WriteConfig(Path.Join(_ws.Root, ".config"), "allow_exec: [dg]\n");

        var permissions = Resolve(null).Value;

        permissions.Allows(ProgramPermissions.Dg).Should().BeFalse();
        permissions.Source.Should().Contain("inside the workspace");
    }

    [Fact]
    public void Resolve_ReadOnly_AllowsNothingWhateverIsAllowed()
    {
        var permissions = Resolve(["dg"]).Value.ForReadOnly();

        permissions.Allows(ProgramPermissions.Dg).Should().BeFalse();
        permissions.Allowed.Should().Equal("dg");
        permissions.Source.Should().Contain("read-only");
    }

    [Theory]
    [InlineData("flag", "python", ErrorCodes.ConfigInvalidValue)]
    [InlineData("variable", "dg,uv", ErrorCodes.ConfigInvalidValue)]
    [InlineData("config", "allow_exec: [npm]\n", ErrorCodes.ConfigInvalidValue)]
    [InlineData("config", "allow_exec: [dg]\nrun_hooks: true\n", ErrorCodes.ConfigUnknownKey)]
    [InlineData("config", "allow_exec: [dg\n", ErrorCodes.ConfigYamlSyntax)]
    [InlineData("config", "exec_timeout: soon\n", ErrorCodes.ConfigInvalidValue)]
    [InlineData("timeout", "0", ErrorCodes.ConfigInvalidValue)]
    [InlineData("timeout", "3601", ErrorCodes.ConfigInvalidValue)]
    public void Resolve_ValueNobodyCanRun_IsAnErrorNamingItsSource(string source, string value, string code)
    {
        IReadOnlyList<string>? flag = null;
        string? timeout = null;
        switch (source)
        {
            case "flag": flag = [value]; break;
            case "variable": _environment[UserPermissions.AllowVariable] = value; break;
            case "config": WriteConfig(Path.Join(_home, ".config"), value); break;
            case "timeout": timeout = value; break;
        }

        var result = UserPermissions.Resolve(flag, timeout, _ws.Root, n => _environment.GetValueOrDefault(n));

        result.IsOk.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be(code);
    }

    public void Dispose()
    {
        _ws.Dispose();
        Directory.Delete(_home, recursive: true);
    }

    private Result<ProgramPermissions> Resolve(IReadOnlyList<string>? flag)
    {
        var result = UserPermissions.Resolve(flag, null, _ws.Root, n => _environment.GetValueOrDefault(n));
        result.IsOk.Should().BeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        return result;
    }

    private static void WriteConfig(string configHome, string text)
    {
        Directory.CreateDirectory(Path.Join(configHome, "modulegen"));
        File.WriteAllText(Path.Join(configHome, "modulegen", "config.yaml"), text);
    }
}
