using ModuleGen.Core.Common;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Scaffolding;

/// <summary>dagster-module's typed variables refuse at scaffold time what would fail once the project installs or
/// loads: a package name that shadows another, a cron string or time zone Dagster refuses. Nothing is written.</summary>
public sealed class ScaffoldVariableTypesTests
{
    [Theory]
    [InlineData("sched", "standard library", "sched_module")]
    [InlineData("email", "standard library", "email_module")]
    [InlineData("dagster", "installed package", "dagster_module")]
    [InlineData("dagster snowflake", "installed package", "dagster_snowflake_module")]
    [InlineData("pytest", "installed package", "pytest_module")]
    [InlineData("billing", "beside it", "billing_module")]
    [InlineData("stock", "beside it", "stock_module")]
    public void Scaffold_ModuleShadowingAPackage_IsRefusedWithASuggestion(string module, string what, string suggestion)
    {
        using var workspace = new TempWorkspace();
        workspace.Write("projects/billing/pyproject.toml", "[project]\nname = \"billing\"\n");
        workspace.Write("projects/inventory/src/stock/__init__.py", "");

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "projects/new_one", variables: new Dictionary<string, object?> { ["module"] = module }));

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(ErrorCodes.NameShadowsPackage);
        error.Pointer.Should().Be("/variables/module");
        error.Message.Should().Contain(what);
        error.Hint.Should().Contain(suggestion);
        workspace.Exists("projects/new_one").Should().BeFalse();
    }

    [Theory]
    [InlineData("schedule_cron", "0 25 * * *", "hour 25 is outside 0-23")]
    [InlineData("schedule_cron", "0 0 2 * * *", "6 field(s)")]
    [InlineData("schedule_cron", "banana", "not a cron expression")]
    [InlineData("schedule_timezone", "Europe/Berln", "Europe/Berlin")]
    public void Scaffold_ScheduleValueDagsterRefuses_IsRefused(string variable, string value, string said)
    {
        using var workspace = new TempWorkspace();

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "projects/orders", addons: ["schedules"], variables: new Dictionary<string, object?> { [variable] = value }));

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(ErrorCodes.ScaffoldVariableType);
        error.Pointer.Should().Be($"/variables/{variable}");
        (error.Message + error.Hint).Should().Contain(said);
        workspace.Exists("projects/orders").Should().BeFalse();
    }

    [Fact]
    public void Scaffold_NightlyScheduleInAnIanaZone_IsWrittenAsGiven()
    {
        using var workspace = new TempWorkspace();

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "projects/orders", addons: ["schedules", "postgresql"],
            variables: new Dictionary<string, object?> { ["schedule_cron"] = "0 2 * * *", ["schedule_timezone"] = "Etc/GMT+5" }));

        result.IsOk.Should().BeTrue();
        workspace.Read("projects/orders/src/orders/defs/schedules.py").Should().Contain("cron_schedule=\"0 2 * * *\"").And.Contain("execution_timezone=\"Etc/GMT+5\"");
        workspace.Read("projects/orders/README.md").Should().Contain("a scheduled run needs the database reachable");
    }
}
