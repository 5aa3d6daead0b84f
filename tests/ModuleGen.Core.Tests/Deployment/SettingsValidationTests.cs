using ModuleGen.Core.Common;
using ModuleGen.Core.Deployment;
using ModuleGen.Core.Tests.Support;
using static ModuleGen.Core.Tests.Support.DeploymentSupport;

namespace ModuleGen.Core.Tests.Deployment;

/// <summary>Settings: the schema per strategy, every problem at /settings/&lt;key&gt;, and secrets refused.</summary>
public sealed class SettingsValidationTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public SettingsValidationTests() => _ws.Dagster("orders");

    public static TheoryData<string, object, string> Secrets => new()
    {
        { "password", "hunter2", "/settings/password" },
        { "db_password", "x", "/settings/db_password" },
        { "ssh_key", "~/.ssh/id", "/settings/ssh_key" },
        { "api_token", "abc", "/settings/api_token" },
        { "aws_secret_access_key", "abc", "/settings/aws_secret_access_key" },
        { "credentials", "abc", "/settings/credentials" },
        { "passphrase", "abc", "/settings/passphrase" },
        { "repository", "https://deploy:s3cret@git.example.com/orders.git", "/settings/repository" },
        { "host", "AKIAIOSFODNN7EXAMPLE", "/settings/host" },
        { "branch", "-----BEGIN OPENSSH PRIVATE KEY-----", "/settings/branch" },
        { "user", "Bearer abcdefghijklmnop", "/settings/user" },
        { "path", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", "/settings/path" },
        { "excludes", new[] { "ok/", "token=abc123" }, "/settings/excludes" },
        { "notes", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "/settings/notes" },
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Configure_SecretLookingSetting_IsRefusedWithEnvironmentVariableAdvice_AndNotEchoed(string key, object value, string pointer)
    {
        var before = _ws.TreeHash();
        object? setting = value is string[] list ? (IReadOnlyList<string>)list : value;

        var errors = _ws.Deployments().Configure(Deploy("prod", "git", key == "host" ? [(key, setting)] : [("host", "h.example.com"), (key, setting)])).Errors;

        var error = errors.Should().ContainSingle(e => e.Code == ErrorCodes.DeploySecretRefused).Subject;
        error.Pointer.Should().Be(pointer);
        error.Hint.Should().Contain("_env");
        (error.Message + error.Hint + error.Found).Should().NotContain(value is string s && s.Length > 4 ? s : "\u0000");
        _ws.TreeHash().Should().Be(before);
    }

    [Theory]
    [InlineData("password_env", "DEPLOY_PASSWORD")]
    [InlineData("repository", "git@github.com:data/orders.git")]
    [InlineData("host", "deploy-1.example.com")]
    public void Configure_NotASecret_IsAccepted(string key, string value)
    {
        _ws.Deployments().Configure(Deploy("prod", "git", key == "host" ? [(key, value)] : [("host", "h.example.com"), (key, value)])).IsOk.Should().BeTrue();
    }

    [Fact]
    public void Configure_InvalidSettings_EveryProblemAtItsPointerInOnePass()
    {
        var errors = _ws.Deployments().Configure(Deploy("prod", "rsync",
            ("port", 70000L), ("path", "relative/path"), ("branch", "main"), ("excludes", (IReadOnlyList<string>)["ok/", "two words"]), ("user", 7L), ("token_env", "not a name"))).Errors;

        errors.Select(e => (e.Code, e.Pointer)).Should().BeEquivalentTo(new[]
        {
            (ErrorCodes.DeploySettingInvalid, "/settings/port"),
            (ErrorCodes.DeploySettingInvalid, "/settings/path"),
            (ErrorCodes.DeploySettingUnknown, "/settings/branch"),
            (ErrorCodes.DeploySettingInvalid, "/settings/excludes/1"),
            (ErrorCodes.DeploySettingInvalid, "/settings/user"),
            (ErrorCodes.DeploySettingInvalid, "/settings/token_env"),
            (ErrorCodes.DeploySettingMissing, "/settings/host"),
        });
    }

    [Fact]
    public void FromJson_OnlyStringsNumbersAndStringLists()
    {
        var json = System.Text.Json.JsonDocument.Parse("""{"host": "h", "port": 22, "excludes": ["a"], "nested": {"x": 1}, "flag": true}""").RootElement;

        DeploymentSettings.FromJson(json).Errors.Select(e => e.Pointer).Should().BeEquivalentTo("/settings/nested", "/settings/flag");
    }

    public void Dispose() => _ws.Dispose();
}
